/// One wrapped line of prose: its runs placed left to right, each at `x` pt from the line's
/// start and `width` pt wide (measured with the font it is drawn in).
struct PDFLine: Sendable, Equatable {
    struct Span: Sendable, Equatable {
        var run: PDFRun
        var x: Double
        var width: Double
    }

    var spans: [Span] = []

    var isEmpty: Bool { spans.isEmpty }
    var width: Double { spans.last.map { $0.x + $0.width } ?? 0 }

    /// The line's text, a space where two spans are apart.
    var text: String {
        var out = ""
        var end = 0.0
        for span in spans {
            if !out.isEmpty, span.x > end + 0.01 { out += " " }
            out += span.run.text
            end = span.x + span.width
        }
        return out
    }

    /// The line with `parts` (text glued together) added at its end, after a space when
    /// `space`; a part in the style of the last span extends that span.
    func appending(_ parts: [PDFRun], space: Bool, measure: (PDFRun) -> Double, spaceWidth: Double) -> PDFLine {
        var line = self
        for (k, part) in parts.enumerated() {
            let gap = k == 0 && space && !line.isEmpty
            if let i = line.spans.indices.last, line.spans[i].run.sameStyle(as: part) {
                line.spans[i].run.text += (gap ? " " : "") + part.text
                line.spans[i].width = measure(line.spans[i].run)
            } else {
                line.spans.append(Span(run: part, x: line.width + (gap ? spaceWidth : 0), width: measure(part)))
            }
        }
        return line
    }
}
