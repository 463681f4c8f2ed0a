import Engine

extension PDFPageRenderer {
    /// Wrapped prose lines: the list marker before the first line, block-quote rules beside
    /// them, and each span in its font (bold, oblique, mono on a light background), struck
    /// through or drawn as a link.
    func prose(
        _ lines: [PDFLine], style: PDFTextStyle, nesting: PDFNesting, first: Bool, y: Double, height: Double,
        into svg: inout SVGWriter
    ) {
        let x = layout.margin + nesting.left
        quoteRules(nesting, y: y, height: height, into: &svg)
        if first, let marker = nesting.marker {
            text(marker, x: x - 4, y: y + style.size, style: style, anchor: "end", into: &svg)
        }
        for (i, line) in lines.enumerated() {
            let baseline = y + Double(i) * style.lineHeight + style.size
            for span in line.spans { self.span(span, x: x + span.x, baseline: baseline, style: style, into: &svg) }
        }
    }

    private func span(_ span: PDFLine.Span, x: Double, baseline: Double, style: PDFTextStyle, into svg: inout SVGWriter)
    {
        let run = span.run
        let size = run.code ? style.size * PDFText.codeScale : style.size
        let color = run.link == nil ? style.color : Self.linkColor
        if run.code {
            svg.empty(
                "rect",
                [
                    ("x", n(x - 1.5)), ("y", n(baseline - style.size * 0.95)), ("width", n(span.width + 3)),
                    ("height", n(style.size * 1.25)), ("fill", "#eff1f3"), ("rx", "2"),
                ])
        }
        if let uri = run.linkAnnotation { svg.open("a", [("href", uri)]) }
        var attributes = [("x", n(x)), ("y", n(baseline)), ("font-size", n(size)), ("fill", color)]
        if style.bold || run.bold { attributes.append(("font-weight", "bold")) }
        if run.italic { attributes.append(("font-style", "italic")) }
        if run.code { attributes.append(("font-family", Self.mono)) }
        svg.element("text", attributes, text: run.text)
        let stroke = max(0.5, size * 0.06)
        if run.strike {
            line(
                x, baseline - size * 0.3, x + span.width, baseline - size * 0.3, color: color, width: stroke, into: &svg
            )
        }
        if run.link != nil {
            line(
                x, baseline + size * 0.15, x + span.width, baseline + size * 0.15, color: color, width: stroke,
                into: &svg)
        }
        if run.linkAnnotation != nil { svg.close("a") }
    }

    /// Fenced code or shown SQL: monospaced lines on a light box.
    func code(_ lines: [String], nesting: PDFNesting, y: Double, height: Double, into svg: inout SVGWriter) {
        let x = layout.margin + nesting.left
        quoteRules(nesting, y: y, height: height, into: &svg)
        svg.empty(
            "rect",
            [
                ("x", n(x)), ("y", n(y)), ("width", n(layout.contentWidth - nesting.left)), ("height", n(height)),
                ("fill", "#f6f8fa"), ("rx", "3"),
            ])
        for (i, line) in lines.enumerated() {
            svg.element(
                "text",
                [
                    ("x", n(x + 6)), ("y", n(y + 4 + Double(i) * 11 + 8)), ("font-family", Self.mono),
                    ("font-size", "8"), ("fill", "#1f2328"), ("xml:space", "preserve"),
                ], text: line)
        }
    }

    /// The grey rules beside a block inside block quotes, one per quote level; each reaches
    /// half the gap above and below, so the rules of a quote's blocks join up.
    func quoteRules(_ nesting: PDFNesting, y: Double, height: Double, into svg: inout SVGWriter) {
        let half = layout.gap / 2
        for r in nesting.rules {
            let x = layout.margin + r
            line(x, y - half, x, y + height + half, color: "#d1d9e0", width: 2.5, into: &svg)
        }
    }
}
