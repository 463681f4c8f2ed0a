/// A proleptic Gregorian calendar date with the arithmetic date phrases need.
struct CivilDate: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    /// Parses the date part of ISO text (`2014-03-05`, `2014-03-05 10:00:00`, `2014-03`, `2014`).
    init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-").map { Int($0) }
        guard let y = parts.first ?? nil, (1...9999).contains(y) else { return nil }
        year = y
        month = parts.count > 1 ? (parts[1] ?? 1) : 1
        day = parts.count > 2 ? (parts[2] ?? 1) : 1
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    func adding(days n: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + n) }

    /// The first day of the month `n` months away.
    func addingMonths(_ n: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + n
        return CivilDate(year: total / 12, month: total % 12 + 1, day: 1)
    }

    var startOfMonth: CivilDate { CivilDate(year: year, month: month, day: 1) }

    static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
