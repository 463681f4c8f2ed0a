import Engine

/// Line breaking for the PDF: greedy word wrap measured with the DejaVu Sans metrics the PDF
/// is drawn with; a word wider than the line is broken between characters.
enum PDFText {
    static func wrap(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if TextMetrics.width(candidate, size: size, bold: bold) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = ""
            var piece = ""
            var used = 0.0
            for ch in word {
                let w = TextMetrics.width(String(ch), size: size, bold: bold)
                if !piece.isEmpty, used + w > width {
                    lines.append(piece)
                    piece = ""
                    used = 0
                }
                piece.append(ch)
                used += w
            }
            line = piece
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` cut to fit `width`, ending in `…` when cut.
    static func fit(_ text: String, width: Double, size: Double, bold: Bool = false) -> String {
        if TextMetrics.width(text, size: size, bold: bold) <= width { return text }
        var out = ""
        var used = TextMetrics.width("…", size: size, bold: bold)
        for ch in text {
            used += TextMetrics.width(String(ch), size: size, bold: bold)
            if used > width { break }
            out.append(ch)
        }
        return out + "…"
    }

    /// Monospaced lines of at most `columns` characters (DejaVu Sans Mono is 0.6 em wide).
    static func wrapMono(_ text: String, width: Double, size: Double) -> [String] {
        let columns = max(8, Int(width / (size * 0.602)))
        var out: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw).replacingOccurrences(of: "\t", with: "    ")
            while line.count > columns {
                out.append(String(line.prefix(columns)))
                line = String(line.dropFirst(columns))
            }
            out.append(line)
        }
        while out.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { out.removeLast() }
        return out
    }
}
