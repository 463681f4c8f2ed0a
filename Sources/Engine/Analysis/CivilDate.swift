import Foundation

/// A proleptic Gregorian calendar date, converted to and from a day count since 1970-01-01
/// (H. Hinnant's `days_from_civil`), so date arithmetic needs no time zone or `Calendar`.
struct CivilDate: Hashable, Comparable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// Days since 1970-01-01.
    var days: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` after 1970-01-01.
    init(days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The number of days in `month` of `year`.
    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    var isMonthEnd: Bool { day == CivilDate.daysIn(year: year, month: month) }

    /// `YYYY-MM-DD`.
    var iso: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

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
