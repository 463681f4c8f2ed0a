/// Whether a number format shows a date, a date and time, a time of day only, or none of them.
enum CellDateKind: Equatable {
    case plain, date, datetime
    /// Time tokens but no year or day (`h:mm:ss`): a serial below 1 is a time of day.
    case time

    /// The kind of a built-in format id: 14–17 dates, 22 date and time, 18–21 and 45–47 times.
    init(builtIn id: Int) {
        switch id {
        case 14...17: self = .date
        case 22: self = .datetime
        case 18...21, 45...47: self = .time
        default: self = .plain
        }
    }

    /// The kind of a custom format code. Date/time tokens (`y m d h s`, and the elapsed-time
    /// brackets `[h] [m] [s]`) count only outside quoted text, other brackets (`[$-409]`,
    /// `[Red]`), backslash escapes and `_x` / `*x` fills; `AM/PM` and `A/P` are skipped.
    init(code: String) {
        var hasDate = false
        var hasYearOrDay = false
        var hasTime = false
        let chars = Array(code.lowercased().utf8)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case UInt8(ascii: "\""):
                i += 1
                while i < chars.count && chars[i] != UInt8(ascii: "\"") { i += 1 }
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                i += 1
            case UInt8(ascii: "["):
                let start = i + 1
                while i < chars.count && chars[i] != UInt8(ascii: "]") { i += 1 }
                let inside = chars[start..<min(i, chars.count)]
                if !inside.isEmpty && inside.allSatisfy({ "hms".utf8.contains($0) }) { hasTime = true }
            case UInt8(ascii: "a") where Self.matches(chars, at: i, "am/pm"):
                i += 4
            case UInt8(ascii: "a") where Self.matches(chars, at: i, "a/p"):
                i += 2
            case UInt8(ascii: "y"), UInt8(ascii: "d"):
                hasDate = true
                hasYearOrDay = true
            case UInt8(ascii: "m"):
                hasDate = true
            case UInt8(ascii: "h"), UInt8(ascii: "s"):
                hasTime = true
            default:
                break
            }
            i += 1
        }
        self = hasTime ? (hasYearOrDay ? .datetime : .time) : hasDate ? .date : .plain
    }

    private static func matches(_ chars: [UInt8], at i: Int, _ literal: String) -> Bool {
        let utf8 = Array(literal.utf8)
        return i + utf8.count <= chars.count && chars[i..<(i + utf8.count)].elementsEqual(utf8)
    }
}
