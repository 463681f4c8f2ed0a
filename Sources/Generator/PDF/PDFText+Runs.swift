import Engine

extension PDFText {
    /// Inline code is set in DejaVu Sans Mono at this fraction of the text size.
    static let codeScale = 0.9
    /// The advance width of DejaVu Sans Mono, in em.
    static let monoAdvance = 0.602

    /// Width in pt of `run` in a text of `size` pt (bold when the run or the whole text is).
    static func width(_ run: PDFRun, size: Double, bold: Bool = false) -> Double {
        if run.code { return Double(run.text.count) * size * codeScale * monoAdvance }
        // DejaVu Sans Oblique has the advance widths of the upright face.
        return TextMetrics.width(run.text, size: size, bold: bold || run.bold)
    }

    /// Greedy word wrap across runs of different fonts: words break at spaces (a word may
    /// span runs, as in `**bold**,`), a hard break starts a new line, and a word wider than the
    /// line is broken between characters.
    static func wrap(_ runs: [PDFRun], width: Double, style: PDFTextStyle) -> [PDFLine] {
        let measure = { (run: PDFRun) in Self.width(run, size: style.size, bold: style.bold) }
        let space = TextMetrics.width(" ", size: style.size, bold: style.bold)
        var lines: [PDFLine] = []
        var line = PDFLine()
        func add(_ parts: [PDFRun], space gap: Bool) -> Bool {
            let candidate = line.appending(parts, space: gap, measure: measure, spaceWidth: space)
            guard candidate.width <= width || line.isEmpty && parts.count == 1 && parts[0].text.count == 1 else {
                return false
            }
            line = candidate
            return true
        }
        for word in words(runs) {
            guard let parts = word.parts else {
                lines.append(line)
                line = PDFLine()
                continue
            }
            if add(parts, space: word.spaceBefore) { continue }
            if !line.isEmpty {
                lines.append(line)
                line = PDFLine()
                if add(parts, space: false) { continue }
            }
            for part in parts {
                for ch in part.text {
                    let piece = [part.with(String(ch))]
                    if add(piece, space: false) { continue }
                    lines.append(line)
                    line = PDFLine()
                    _ = add(piece, space: false)
                }
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A word: runs with no space between them, or a hard line break (`parts` nil).
    private struct Word {
        var parts: [PDFRun]?
        var spaceBefore: Bool
    }

    private static func words(_ runs: [PDFRun]) -> [Word] {
        var words: [Word] = []
        var current: [PDFRun] = []
        var spaceBefore = false, pendingSpace = false
        func flush() {
            if !current.isEmpty { words.append(Word(parts: current, spaceBefore: spaceBefore)) }
            current = []
        }
        for run in runs {
            if run == .lineBreak {
                flush()
                words.append(Word(parts: nil, spaceBefore: false))
                pendingSpace = false
                continue
            }
            for (k, piece) in run.text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                if k > 0 {
                    flush()
                    pendingSpace = true
                }
                if piece.isEmpty { continue }
                if current.isEmpty {
                    spaceBefore = pendingSpace
                    pendingSpace = false
                }
                current.append(run.with(String(piece)))
            }
        }
        flush()
        return words
    }
}
