/// The one place where text becomes XML: every string from data passes through here before it
/// reaches SVG or HTML output.
public enum Escape {
    /// Escapes `&`, `<`, `>`, `"` and `'` so the result is safe both as element text and inside a
    /// double-quoted attribute; control characters XML does not allow are dropped.
    public static func xml(_ s: String) -> String {
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
            case "\t", "\n": out += " "
            default:
                if ch.value < 32 { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
