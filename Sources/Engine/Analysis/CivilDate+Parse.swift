import Foundation

extension CivilDate {
    /// Reads `2023`, `2023-Q1`, `2023-W05` (ISO week, its Monday), `2023-01`, `2023-01-15` and
    /// datetimes starting with a date; returns the date and the grain the text itself implies.
    static func parse(_ text: String) -> (date: CivilDate, grain: TimeGrain)? {
        let s = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        func number(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= s.count, r.allSatisfy({ s[$0] >= 48 && s[$0] <= 57 }) else { return nil }
            return r.reduce(0) { $0 * 10 + Int(s[$1] - 48) }
        }
        guard let year = number(0..<4) else { return nil }
        if s.count == 4 { return (CivilDate(year: year, month: 1, day: 1), .year) }
        guard s.count >= 7, s[4] == UInt8(ascii: "-") || s[4] == UInt8(ascii: "/") else { return nil }
        if s[5] == UInt8(ascii: "Q"), s.count == 7, let q = number(6..<7), (1...4).contains(q) {
            return (CivilDate(year: year, month: (q - 1) * 3 + 1, day: 1), .quarter)
        }
        if s[5] == UInt8(ascii: "W"), s.count == 8, let w = number(6..<8), (1...53).contains(w) {
            let jan4 = CivilDate(year: year, month: 1, day: 4).days
            let monday = Period.weekIndex(ofDay: jan4) * 7 - 3
            return (CivilDate(days: monday + (w - 1) * 7), .week)
        }
        guard let month = number(5..<7), (1...12).contains(month) else { return nil }
        if s.count == 7 { return (CivilDate(year: year, month: month, day: 1), .month) }
        guard s.count >= 10, s[7] == s[4], let day = number(8..<10),
            (1...daysIn(year: year, month: month)).contains(day)
        else { return nil }
        if s.count > 10, s[10] != UInt8(ascii: "T"), s[10] != UInt8(ascii: " ") { return nil }
        return (CivilDate(year: year, month: month, day: day), .day)
    }
}
