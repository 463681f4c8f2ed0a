/// The deterministic SQLite built-ins the columnar engine lets SQLite itself compute, once per
/// constant or per distinct value of a text column (`SQLiteFunctionRunner`).
import Foundation

enum SQLiteFunction {
    /// Functions whose result depends only on their arguments.
    static let allowed: Set<String> = [
        "strftime", "date", "time", "datetime", "julianday", "unixepoch", "timediff",
        "printf", "format", "replace", "instr", "ltrim", "rtrim", "trim", "substr", "substring",
        "hex", "unhex", "quote", "nullif", "iif", "min", "max", "char", "unicode", "round",
        "lower", "upper", "length", "octet_length", "abs", "sign", "coalesce", "ifnull",
        "typeof", "concat", "concat_ws", "like", "glob", "zeroblob",
    ]

    /// Date and time functions: 'now' as an argument makes them non-deterministic.
    static let dateFunctions: Set<String> = [
        "strftime", "date", "time", "datetime", "julianday", "unixepoch", "timediff",
    ]

    /// Whether calling `name` with `arguments` gives a value that depends only on them.
    static func isDeterministic(_ name: String, _ arguments: [SQLValue]) -> Bool {
        guard dateFunctions.contains(name) else { return true }
        // Without a time value (`date()`, `strftime('%Y')`) SQLite uses the current time.
        guard arguments.count >= (name == "strftime" ? 2 : 1) else { return false }
        return !arguments.contains {
            if case .text(let s) = $0 { return s.caseInsensitiveCompare("now") == .orderedSame }
            return false
        }
    }
}
