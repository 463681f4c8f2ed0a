import Foundation

/// Parses time labels into seconds since 1970 (UTC): ISO dates `2024-01-15`, datetimes
/// `2024-01-15T10:30:00Z` / `2024-01-15 10:30`, and bucket labels `2023`, `2023-Q1`, `2023-01`,
/// `2023-W05`. The grain of the label is reported too, for axis formatting.
enum TimeValue {
    enum Grain: Int, Comparable {
        case second, minute, hour, day, week, month, quarter, year
        static func < (a: Grain, b: Grain) -> Bool { a.rawValue < b.rawValue }
    }

    /// Seconds since 1970 and the grain of `label`, or `nil` when it is not a time.
    static func parse(_ label: String) -> (seconds: Double, grain: Grain)? {
        let s = Array(label.trimmingCharacters(in: .whitespaces).utf8)
        guard s.count >= 4, let year = digits(s, 0, 4) else { return nil }
        if s.count == 4 { return (days(year, 1, 1) * 86400, .year) }
        guard s[4] == UInt8(ascii: "-"), s.count >= 7 else { return nil }
        if s[5] == UInt8(ascii: "Q"), s.count == 7, let q = digits(s, 6, 1), (1...4).contains(q) {
            return (days(year, (q - 1) * 3 + 1, 1) * 86400, .quarter)
        }
        if s[5] == UInt8(ascii: "W"), s.count == 8, let w = digits(s, 6, 2), (1...53).contains(w) {
            return (isoWeekStart(year, w) * 86400, .week)
        }
        guard let month = digits(s, 5, 2), (1...12).contains(month) else { return nil }
        if s.count == 7 { return (days(year, month, 1) * 86400, .month) }
        guard s.count >= 10, s[7] == UInt8(ascii: "-"), let day = digits(s, 8, 2), (1...31).contains(day) else {
            return nil
        }
        let base = days(year, month, day) * 86400
        if s.count == 10 { return (base, .day) }
        guard s[10] == UInt8(ascii: "T") || s[10] == UInt8(ascii: " "), s.count >= 13,
            let hour = digits(s, 11, 2), hour < 24
        else { return nil }
        var secs = base + Double(hour) * 3600
        var grain = Grain.hour
        if s.count >= 16, s[13] == UInt8(ascii: ":"), let minute = digits(s, 14, 2), minute < 60 {
            secs += Double(minute) * 60
            grain = .minute
            if s.count >= 19, s[16] == UInt8(ascii: ":"), let sec = digits(s, 17, 2), sec < 61 {
                secs += Double(sec)
                grain = .second
            }
        }
        return (secs + offset(s), grain)
    }

    /// Seconds to add for a trailing `+hh:mm` / `-hh:mm` zone (converting to UTC).
    private static func offset(_ s: [UInt8]) -> Double {
        guard s.count >= 6 else { return 0 }
        let tail = Array(s.suffix(6))
        guard tail[0] == UInt8(ascii: "+") || tail[0] == UInt8(ascii: "-"), tail[3] == UInt8(ascii: ":"),
            let h = digits(tail, 1, 2), let m = digits(tail, 4, 2), s.count > 19
        else { return 0 }
        let v = Double(h * 3600 + m * 60)
        return tail[0] == UInt8(ascii: "+") ? -v : v
    }

    private static func digits(_ s: [UInt8], _ from: Int, _ n: Int) -> Int? {
        guard from + n <= s.count else { return nil }
        var v = 0
        for i in from..<(from + n) {
            let c = s[i]
            guard c >= 48, c <= 57 else { return nil }
            v = v * 10 + Int(c - 48)
        }
        return v
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func days(_ y0: Int, _ m: Int, _ d: Int) -> Double {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Double(era * 146097 + doe - 719468)
    }

    /// Monday of ISO week `w` of `year`, in days since 1970.
    static func isoWeekStart(_ year: Int, _ w: Int) -> Double {
        let jan4 = days(year, 1, 4)
        let weekday = (Int(jan4) % 7 + 7 + 3) % 7  // 0 = Monday (1970-01-01 was a Thursday)
        return jan4 - Double(weekday) + Double((w - 1) * 7)
    }

    /// Year, month, day, hour and minute (UTC) of `seconds`.
    static func components(_ seconds: Double) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        let z0 = Int((seconds / 86400).rounded(.down))
        let secOfDay = Int(seconds - Double(z0) * 86400)
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d, secOfDay / 3600, (secOfDay % 3600) / 60)
    }
}
