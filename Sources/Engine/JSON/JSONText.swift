import Foundation

/// JSON literals for single values (the one place Engine writes JSON text by hand).
public enum JSONText {
    /// A JSON string literal with the required escapes.
    public static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"  // safe inside HTML <script> blocks
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 {
                    out += String(format: "\\u%04x", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// A JSON number, `null` when not finite; whole numbers without a fraction.
    static func number(_ d: Double) -> String {
        d.isFinite ? SQLValue.format(d) : "null"
    }

    /// A JSON literal for a value.
    static func value(_ v: SQLValue) -> String {
        switch v {
        case .null: return "null"
        case .integer(let i): return String(i)
        case .real(let d): return d.isFinite ? SQLValue.format(d) : "null"
        case .text, .blob: return string(v.string ?? "")
        }
    }
}
