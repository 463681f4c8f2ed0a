/// The one place where text becomes markup: every string from data passes through here before it
/// reaches SVG or HTML output.
public enum Escape {
    /// Escapes `&`, `<`, `>`, `"` and `'` so the result is safe both as element text and inside a
    /// double-quoted attribute, keeping line breaks and tabs (HTML, including `<pre>`); other
    /// control characters, which markup does not allow, are dropped.
    public static func html(_ s: String) -> String { escape(s, flattenWhitespace: false) }

    /// As `html`, and tabs and line breaks become spaces (SVG `<text>` and attribute values).
    static func xml(_ s: String) -> String { escape(s, flattenWhitespace: true) }

    private static func escape(_ s: String, flattenWhitespace: Bool) -> String {
        var needs = false
        for u in s.utf8 where u == 38 || u == 60 || u == 62 || u == 34 || u == 39 || u < 32 {
            needs = true
            break
        }
        if !needs { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r":
                if flattenWhitespace { out += " " } else { out.unicodeScalars.append(ch) }
            default:
                if ch.value < 32 { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
