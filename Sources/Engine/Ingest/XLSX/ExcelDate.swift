/// Converts Excel date serials (days since the epoch, time as the fraction) to `Field`s.
enum ExcelDate {
    /// Days from 1970-01-01 to 1899-12-30, the 1900 system's effective epoch.
    private static let epoch1900 = -25_569
    /// Days from 1970-01-01 to 1904-01-01.
    private static let epoch1904 = -24_107
    /// Largest serial Excel shows as a date (9999-12-31 in the 1900 system).
    private static let maxSerial = 2_958_465.999

    /// The date or date-time for `serial`, or nil when it is no valid date (negative, huge, NaN).
    ///
    /// In the 1900 system Excel believes 1900 was a leap year: serial 60 is the fictitious
    /// 1900-02-29, so serials below 61 are shifted by one day (1 is 1900-01-01, 60 becomes
    /// 1900-03-01 like 61). `datetime` forces a time part even when it is midnight.
    static func field(serial: Double, uses1904: Bool, datetime: Bool) -> Field? {
        guard serial.isFinite, serial >= 0, serial <= maxSerial else { return nil }
        var days = Int(serial.rounded(.down))
        var millis = Int(((serial - Double(days)) * 86_400_000).rounded())
        if millis >= 86_400_000 {
            days += 1
            millis -= 86_400_000
        }
        if uses1904 {
            days += epoch1904
        } else {
            days += epoch1900 + (serial < 61 ? 1 : 0)
        }
        let date = civil(days)
        guard datetime || millis != 0 else { return .date(date) }
        return .datetime(date + " " + clock(millis))
    }

    /// A serial in [0, 1) under a time-only format (`h:mm:ss`): the time of day as text
    /// `HH:MM:SS`, since there is no date to show (Excel's "1900-01-00").
    static func timeOfDay(_ serial: Double) -> Field {
        let millis = min(Int((serial * 86_400_000).rounded()), 86_400_000 - 1)
        return .text(clock(millis))
    }

    /// `HH:MM:SS`, with `.fff` when there are milliseconds.
    private static func clock(_ millis: Int) -> String {
        let seconds = millis / 1000
        var text = pad(seconds / 3600) + ":" + pad(seconds / 60 % 60) + ":" + pad(seconds % 60)
        if millis % 1000 != 0 {
            text += "." + String(millis % 1000 + 1000).dropFirst()
        }
        return text
    }

    /// `YYYY-MM-DD` for days since 1970-01-01.
    static func civil(_ daysSince1970: Int) -> String { CivilDate(days: daysSince1970).iso }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
