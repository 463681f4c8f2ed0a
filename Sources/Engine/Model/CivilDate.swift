import Foundation

/// A proleptic Gregorian calendar date (shared by the language engine and the analysis code), converted to and from a day count since 1970-01-01
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

    /// Parses the date part of ISO text (`2014-03-05`, `2014-03-05 10:00:00`, `2014-03`, `2014`).
    init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-").map { Int($0) }
        guard let y = parts.first ?? nil, (1...9999).contains(y) else { return nil }
        let m = parts.count > 1 ? (parts[1] ?? 1) : 1
        let d = parts.count > 2 ? (parts[2] ?? 1) : 1
        guard (1...12).contains(m), (1...31).contains(d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date `n` days later (earlier for negative `n`).
    func adding(days n: Int) -> CivilDate { CivilDate(days: days + n) }

    /// The first day of the month `n` months away.
    func addingMonths(_ n: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + n
        return CivilDate(year: total / 12, month: total % 12 + 1, day: 1)
    }

    var startOfMonth: CivilDate { CivilDate(year: year, month: month, day: 1) }
}
