/// A calendar date with an optional time of day, as read from text.
struct DateTimeValue: Equatable {
    var year: Int
    var month: Int
    var day: Int
    /// Whether the text had a time of day.
    var hasTime = false
    var hour = 0
    var minute = 0
    var second = 0
    /// Fractional seconds as written: `fractionDigits` digits with value `fraction`.
    var fraction = 0
    var fractionDigits = 0
    /// The UTC offset in minutes when the text gave one (`Z` is 0).
    var offsetMinutes: Int?

    /// The same instant in UTC (the offset subtracted, then dropped).
    func utc() -> DateTimeValue {
        guard let offsetMinutes, offsetMinutes != 0 else {
            var copy = self
            copy.offsetMinutes = nil
            return copy
        }
        let minutes = Self.daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - offsetMinutes
        let days = Int((Double(minutes) / 1440).rounded(.down))
        let rest = minutes - days * 1440
        let (y, m, d) = Self.civil(fromDays: days)
        var out = self
        (out.year, out.month, out.day, out.hour, out.minute, out.offsetMinutes) = (y, m, d, rest / 60, rest % 60, nil)
        return out
    }

    /// Appends `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS[.fff]` when `withTime`, in UTC.
    func write(withTime: Bool, to out: inout [UInt8]) {
        let v = utc()
        Self.digits(v.year, 4, &out)
        out.append(UInt8(ascii: "-"))
        Self.digits(v.month, 2, &out)
        out.append(UInt8(ascii: "-"))
        Self.digits(v.day, 2, &out)
        guard withTime else { return }
        out.append(UInt8(ascii: " "))
        Self.digits(v.hour, 2, &out)
        out.append(UInt8(ascii: ":"))
        Self.digits(v.minute, 2, &out)
        out.append(UInt8(ascii: ":"))
        Self.digits(v.second, 2, &out)
        if v.fractionDigits > 0 {
            out.append(UInt8(ascii: "."))
            Self.digits(v.fraction, v.fractionDigits, &out)
        }
    }

    private static func digits(_ value: Int, _ width: Int, _ out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value
        while divisor > 0 {
            out.append(UInt8(48 + (v / divisor) % 10))
            v %= divisor
            divisor /= 10
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        CivilDate(year: y0, month: m, day: d).days
    }

    /// The date `days` after 1970-01-01.
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let date = CivilDate(days: days)
        return (date.year, date.month, date.day)
    }

    /// The number of days in `month` of `year`.
    static func daysIn(month: Int, year: Int) -> Int { CivilDate.daysIn(year: year, month: month) }
}
