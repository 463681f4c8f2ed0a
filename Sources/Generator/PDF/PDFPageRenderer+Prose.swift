import Engine

extension PDFPageRenderer {
    /// Wrapped prose lines: the list marker before the first line, block-quote rules beside
    /// them, and each span in its font (bold, oblique, mono on a light background), struck
    /// through or drawn as a link.
    func prose(_ lines: [PDFLine], style: PDFTextStyle, nesting: PDFNesting, first: Bool, y: Double, height: Double)
        -> String
    {
        let x = layout.margin + nesting.left
        var out = quoteRules(nesting, y: y, height: height)
        if first, let marker = nesting.marker {
            out += text(marker, x: x - 4, y: y + style.size, style: style, anchor: "end")
        }
        for (i, line) in lines.enumerated() {
            let baseline = y + Double(i) * style.lineHeight + style.size
            for span in line.spans { out += self.span(span, x: x + span.x, baseline: baseline, style: style) }
        }
        return out
    }

    private func span(_ span: PDFLine.Span, x: Double, baseline: Double, style: PDFTextStyle) -> String {
        let run = span.run
        let size = run.code ? style.size * PDFText.codeScale : style.size
        let color = run.link == nil ? style.color : Self.linkColor
        var out = ""
        if run.code {
            out +=
                "<rect x=\"\(n(x - 1.5))\" y=\"\(n(baseline - style.size * 0.95))\" width=\"\(n(span.width + 3))\" height=\"\(n(style.size * 1.25))\" fill=\"#eff1f3\" rx=\"2\"/>"
        }
        var text = "<text x=\"\(n(x))\" y=\"\(n(baseline))\" font-size=\"\(n(size))\" fill=\"\(color)\""
        if style.bold || run.bold { text += " font-weight=\"bold\"" }
        if run.italic { text += " font-style=\"italic\"" }
        if run.code { text += " font-family=\"\(Self.mono)\"" }
        text += ">\(Escape.xml(run.text))</text>"
        if run.strike { text += hline(x, span.width, at: baseline - size * 0.3, color: color, size: size) }
        if run.link != nil { text += hline(x, span.width, at: baseline + size * 0.15, color: color, size: size) }
        if let uri = run.linkAnnotation { text = "<a href=\"\(Escape.xml(uri))\">\(text)</a>" }
        return out + text
    }

    private func hline(_ x: Double, _ width: Double, at y: Double, color: String, size: Double) -> String {
        "<line x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(x + width))\" y2=\"\(n(y))\" stroke=\"\(color)\" stroke-width=\"\(n(max(0.5, size * 0.06)))\"/>"
    }

    /// Fenced code or shown SQL: monospaced lines on a light box.
    func code(_ lines: [String], nesting: PDFNesting, y: Double, height: Double) -> String {
        let x = layout.margin + nesting.left
        var out = quoteRules(nesting, y: y, height: height)
        out +=
            "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(layout.contentWidth - nesting.left))\" height=\"\(n(height))\" fill=\"#f6f8fa\" rx=\"3\"/>"
        for (i, line) in lines.enumerated() {
            out +=
                "<text x=\"\(n(x + 6))\" y=\"\(n(y + 4 + Double(i) * 11 + 8))\" font-family=\"\(Self.mono)\" font-size=\"8\" fill=\"#1f2328\" xml:space=\"preserve\">\(Escape.xml(line))</text>"
        }
        return out
    }

    /// The grey rules beside a block inside block quotes, one per quote level; each reaches
    /// half the gap above and below, so the rules of a quote's blocks join up.
    func quoteRules(_ nesting: PDFNesting, y: Double, height: Double) -> String {
        let half = layout.gap / 2
        return nesting.rules.map { r in
            let x = layout.margin + r
            return
                "<line x1=\"\(n(x))\" y1=\"\(n(y - half))\" x2=\"\(n(x))\" y2=\"\(n(y + height + half))\" stroke=\"#d1d9e0\" stroke-width=\"2.5\"/>"
        }.joined()
    }
}
