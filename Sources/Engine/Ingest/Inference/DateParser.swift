/// Reads dates and datetimes in one `DateFormat` from trimmed bytes.
struct DateParser {
    private let p: UnsafeRawBufferPointer
    private var i = 0

    private init(_ p: UnsafeRawBufferPointer) { self.p = p }

    /// The date in `p`, or `nil` when `p` is not a valid date in `format`.
    static func parse(_ p: UnsafeRawBufferPointer, as format: DateFormat) -> DateTimeValue? {
        // Cheap rejections first: every format is 6–40 bytes and starts with a digit or a letter.
        guard p.count >= 6, p.count <= 40 else { return nil }
        var parser = DateParser(p)
        return parser.read(format)
    }

    private mutating func read(_ format: DateFormat) -> DateTimeValue? {
        let slash = UInt8(ascii: "/")
        var value: DateTimeValue
        switch format {
        case .iso:
            guard let y = number(4, 4), take(UInt8(ascii: "-")), let m = number(2, 2), take(UInt8(ascii: "-")),
                let d = number(2, 2)
            else { return nil }
            value = DateTimeValue(year: y, month: m, day: d)
        case .ymdSlash:
            guard let y = number(4, 4), take(slash), let m = number(1, 2), take(slash), let d = number(1, 2) else {
                return nil
            }
            value = DateTimeValue(year: y, month: m, day: d)
        case .monthDayYear, .dayMonthYear, .dotted:
            let sep = format == .dotted ? UInt8(ascii: ".") : slash
            guard let a = number(1, 2), take(sep), let b = number(1, 2), take(sep), let y = number(4, 4) else {
                return nil
            }
            value =
                format == .monthDayYear
                ? DateTimeValue(year: y, month: a, day: b) : DateTimeValue(year: y, month: b, day: a)
        case .monthNameDayYear:
            guard let m = monthName(), take(UInt8(ascii: " ")), let d = number(1, 2) else { return nil }
            _ = take(UInt8(ascii: ","))
            guard take(UInt8(ascii: " ")), let y = number(4, 4) else { return nil }
            value = DateTimeValue(year: y, month: m, day: d)
        case .dayMonthNameYear:
            guard let d = number(1, 2), i < p.count else { return nil }
            let sep = p[i]
            guard sep == UInt8(ascii: " ") || sep == UInt8(ascii: "-") else { return nil }
            i += 1
            guard let m = monthName(), take(sep), let y = number(4, 4) else { return nil }
            value = DateTimeValue(year: y, month: m, day: d)
        }
        guard value.month >= 1, value.month <= 12, value.day >= 1,
            value.day <= DateTimeValue.daysIn(month: value.month, year: value.year)
        else { return nil }
        if i == p.count { return value }
        let timeAllowed = format != .monthNameDayYear && format != .dayMonthNameYear
        guard timeAllowed, take(UInt8(ascii: " ")) || (format == .iso && take(UInt8(ascii: "T"))) else { return nil }
        guard readTime(into: &value, offsets: format == .iso), i == p.count else { return nil }
        return value
    }

    /// `HH:MM[:SS[.fff]]`, then for ISO an optional `Z`, `±HH:MM`, `±HHMM` or `±HH`.
    private mutating func readTime(into value: inout DateTimeValue, offsets: Bool) -> Bool {
        let colon = UInt8(ascii: ":")
        guard let h = number(1, 2), h < 24, take(colon), let m = number(2, 2), m < 60 else { return false }
        (value.hasTime, value.hour, value.minute) = (true, h, m)
        if take(colon) {
            guard let s = number(2, 2), s < 60 else { return false }
            value.second = s
            if take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) {
                let start = i
                guard let f = number(1, 9) else { return false }
                (value.fraction, value.fractionDigits) = (f, i - start)
            }
        }
        guard offsets, i < p.count else { return true }
        if p[i] == UInt8(ascii: "Z") {
            i += 1
            value.offsetMinutes = 0
            return true
        }
        guard p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") else { return false }
        let sign = p[i] == UInt8(ascii: "-") ? -1 : 1
        i += 1
        guard let oh = number(2, 2, digitMayFollow: true), oh <= 14 else { return false }
        var om = 0
        if i < p.count {
            _ = take(colon)
            guard let v = number(2, 2), v < 60 else { return false }
            om = v
        }
        value.offsetMinutes = sign * (oh * 60 + om)
        return true
    }

    /// `min`…`max` ASCII digits as a number; more digits right after are an error unless
    /// `digitMayFollow` (`+0230`).
    private mutating func number(_ min: Int, _ max: Int, digitMayFollow: Bool = false) -> Int? {
        var v = 0, n = 0
        while i < p.count, n < max, p[i] &- 48 < 10 {
            v = v * 10 + Int(p[i] &- 48)
            i += 1
            n += 1
        }
        if n < min || (!digitMayFollow && i < p.count && p[i] &- 48 < 10) { return nil }
        return v
    }

    private mutating func take(_ b: UInt8) -> Bool {
        guard i < p.count, p[i] == b else { return false }
        i += 1
        return true
    }

    /// An English month name, three letters or in full, any case, with an optional `.`.
    private mutating func monthName() -> Int? {
        let start = i
        while i < p.count, (p[i] | 0x20) &- UInt8(ascii: "a") < 26 { i += 1 }
        let word = String(decoding: UnsafeRawBufferPointer(rebasing: p[start..<i]), as: UTF8.self).lowercased()
        guard word.count >= 3, let index = Self.months.firstIndex(where: { $0.hasPrefix(word) }),
            word.count == 3 || word == Self.months[index] || (word == "sept" && index == 8)
        else { return nil }
        _ = take(UInt8(ascii: "."))
        return index + 1
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]
}
