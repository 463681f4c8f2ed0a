import Foundation

extension DateText {
    /// `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS` when `withTime`, of `date` in UTC (fractions of a
    /// second dropped): how dates and timestamps read from another engine are stored, as SQLite
    /// stores them.
    public static func iso(_ date: Date, withTime: Bool) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let day = CivilDate(days: days).iso
        return withTime ? day + " " + clock(secondOfDay: seconds - days * 86_400) : day
    }

    /// `HH:MM:SS` of `date` in `timeZone` (the machine's own unless given).
    public static func clock(_ date: Date, in timeZone: TimeZone = .current) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        return clock(secondOfDay: ((seconds % 86_400) + 86_400) % 86_400)
    }

    private static func clock(secondOfDay s: Int) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
        return "\(two(s / 3_600)):\(two(s / 60 % 60)):\(two(s % 60))"
    }
}
