import Foundation

/// Writes query results as a JSON array of row objects whose keys keep the column order.
public struct JSONRowsWriter: Sendable {
    public var pretty: Bool

    public init(pretty: Bool = false) { self.pretty = pretty }

    /// `[{"col": value, …}, …]`; NaN and infinities become `null`.
    public func json(_ result: QueryResult) -> String {
        let keys = result.columns.map { JSONText.string($0.name) }
        var out = "["
        for (r, row) in result.rows.enumerated() {
            if r > 0 { out += "," }
            out += pretty ? "\n  {" : "{"
            for (i, value) in row.enumerated() where i < keys.count {
                if i > 0 { out += pretty ? ", " : "," }
                out += keys[i] + (pretty ? ": " : ":") + JSONText.value(value)
            }
            out += "}"
        }
        out += pretty && !result.rows.isEmpty ? "\n]" : "]"
        return out
    }
}

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

    /// A JSON literal for a value.
    public static func value(_ v: SQLValue) -> String {
        switch v {
        case .null: return "null"
        case .integer(let i): return String(i)
        case .real(let d): return d.isFinite ? SQLValue.format(d) : "null"
        case .text, .blob: return string(v.string ?? "")
        }
    }
}
