/// Fitting labels into space: truncating with an ellipsis and wrapping on spaces.
enum TextFit {
    /// `text` cut to fit `maxWidth` px with a trailing `…`; unchanged when it fits.
    static func truncate(_ text: String, maxWidth: Double, size: Double, bold: Bool = false) -> String {
        if FontMetrics.width(text, size: size, bold: bold) <= maxWidth { return text }
        let ell = FontMetrics.width("…", size: size, bold: bold)
        var out = ""
        var w = 0.0
        for ch in text {
            let cw = FontMetrics.width(String(ch), size: size, bold: bold)
            if w + cw + ell > maxWidth { break }
            out.append(ch)
            w += cw
        }
        while out.last == " " { out.removeLast() }
        return out.isEmpty ? "…" : out + "…"
    }

    /// Greedy word wrap into at most `maxLines` lines of `maxWidth` px; the last line is
    /// truncated when text remains.
    static func wrap(_ text: String, maxWidth: Double, size: Double, maxLines: Int, bold: Bool = false) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return [""] }
        var lines: [String] = []
        var current = ""
        var i = 0
        while i < words.count {
            let candidate = current.isEmpty ? words[i] : current + " " + words[i]
            if FontMetrics.width(candidate, size: size, bold: bold) <= maxWidth || current.isEmpty {
                current = candidate
                i += 1
            } else {
                lines.append(current)
                current = ""
                if lines.count == maxLines - 1 {
                    current = words[i...].joined(separator: " ")
                    i = words.count
                }
            }
        }
        lines.append(current)
        return lines.map { truncate($0, maxWidth: maxWidth, size: size, bold: bold) }
    }
}
