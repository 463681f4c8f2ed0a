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

    /// `YYYY-MM-DDTHH:MM:SSZ` (RFC 3339 in UTC, fractions of a second dropped): the API's
    /// timestamps, written without a calendar since every response carries one. Proleptic
    /// Gregorian as ISO 8601 says (the same text as Foundation's `.iso8601` style from 1583, where
    /// Foundation stops using the Julian calendar); years outside 0–9999 fall back to Foundation.
    public static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let civil = CivilDate(days: days)
        let second = seconds - days * 86_400
        guard (0...9_999).contains(civil.year) else { return date.formatted(.iso8601) }
        var bytes = [UInt8](repeating: 0, count: 20)
        func put(_ value: Int, at index: Int, width: Int) {
            var v = value
            for i in stride(from: index + width - 1, through: index, by: -1) {
                bytes[i] = UInt8(48 + v % 10)
                v /= 10
            }
        }
        put(civil.year, at: 0, width: 4)
        put(civil.month, at: 5, width: 2)
        put(civil.day, at: 8, width: 2)
        put(second / 3_600, at: 11, width: 2)
        put(second / 60 % 60, at: 14, width: 2)
        put(second % 60, at: 17, width: 2)
        for (i, c) in [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":"), (19, "Z")] as [(Int, Unicode.Scalar)] {
            bytes[i] = UInt8(c.value)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `YYYY-MM` of `date` in UTC.
    public static func month(_ date: Date) -> String {
        String(timestamp(date).prefix(7))
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
