/// The one place where text becomes HTML. Everything from data, YAML or file names passes
/// through `escape`; `raw` output is only ever built by the renderers themselves.
enum HTML {
    /// `text` with `& < > " '` replaced by entities (safe in element content and quoted attributes).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
