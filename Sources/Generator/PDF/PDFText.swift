import Engine
import Foundation

/// Text fitting and line breaking for the PDF, measured with the DejaVu Sans metrics the PDF is
/// drawn with: one line cut to a width, monospaced code lines, and (in `PDFText+Runs.swift`)
/// prose wrapped across runs of mixed fonts.
enum PDFText {
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
