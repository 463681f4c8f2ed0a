import Foundation

extension Timestamp {
    /// Any RFC 3339 date-time (what OpenAPI's `date-time` format allows): fractional seconds, a
    /// lowercase `t`/`z`, any `±hh:mm` offset.
    static func rfc3339(_ text: String) -> Date? {
        let pattern = #"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        func group(_ i: Int) -> String? { Range(m.range(at: i), in: text).map { String(text[$0]) } }
        func int(_ i: Int) -> Int { group(i).flatMap { Int($0) } ?? 0 }
        let (month, day, hour, minute, second) = (int(2), int(3), int(4), int(5), int(6))
        guard (1...12).contains(month), (1...31).contains(day), hour <= 23, minute <= 59, second <= 60,
            int(10) <= 23, int(11) <= 59
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        let components = DateComponents(
            year: int(1), month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components) else { return nil }
        let fraction = group(7).flatMap { Double("0" + $0) } ?? 0
        let sign = group(9) == "-" ? -1.0 : 1.0
        let offset = sign * Double(int(10) * 3600 + int(11) * 60)
        return date.addingTimeInterval(fraction - offset)
    }
}
