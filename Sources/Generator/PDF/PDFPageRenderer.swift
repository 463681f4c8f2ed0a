import Engine

/// Draws one laid-out PDF page as an SVG document of the page's size (1 unit = 1 pt); text
/// stays text (selectable in the PDF), charts are nested SVG, links are `<a href>` (PDF link
/// annotations through librsvg). All text passes `Escape.xml`.
struct PDFPageRenderer {
    var layout: PDFLayout
    /// Shown at the bottom of every page with the page number.
    var footer: String

    static let font = "DejaVu Sans, Verdana, sans-serif"
    static let mono = "DejaVu Sans Mono, monospace"
    static let linkColor = "#0969da"

    func svg(_ placements: [PDFPlacement], number: Int, of total: Int) -> String {
        let w = layout.width, h = layout.height
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(w))\" height=\"\(n(h))\" viewBox=\"0 0 \(n(w)) \(n(h))\" font-family=\"\(Self.font)\">"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
        for p in placements { out += draw(p) }
        let pageText = "\(footer) · \(number) / \(total)"
        out += text(pageText, x: w - layout.margin, y: h - layout.margin + 4, style: .note, anchor: "end")
        return out + "</svg>"
    }

    private func draw(_ p: PDFPlacement) -> String {
        switch p.content {
        case .lines(let lines, let style, let nesting, let first):
            return prose(lines, style: style, nesting: nesting, first: first, y: p.y, height: p.height)
        case .code(let lines, let nesting):
            return code(lines, nesting: nesting, y: p.y, height: p.height)
        case .rule(let nesting):
            let x = layout.margin
            return quoteRules(nesting, y: p.y, height: p.height)
                + "<line x1=\"\(n(x + nesting.left))\" y1=\"\(n(p.y + p.height / 2))\" x2=\"\(n(x + layout.contentWidth))\" y2=\"\(n(p.y + p.height / 2))\" stroke=\"#d1d9e0\" stroke-width=\"1\"/>"
        case .kpis(let kpis):
            return self.kpis(kpis, y: p.y, height: p.height)
        case .chart(let svg, let width, let height):
            let k = p.height / height
            return
                "<g transform=\"translate(\(n(layout.margin + (layout.contentWidth - width * k) / 2)) \(n(p.y))) scale(\(k))\">\(svg)</g>"
        case .tableRows(let table, let columns, let rows, let continued):
            return tableRows(table, columns: columns, rows: rows, continued: continued, y: p.y)
        }
    }

    func text(_ s: String, x: Double, y: Double, style: PDFTextStyle, anchor: String? = nil) -> String {
        var out = "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(style.size))\" fill=\"\(style.color)\""
        if style.bold { out += " font-weight=\"bold\"" }
        if let anchor { out += " text-anchor=\"\(anchor)\"" }
        return out + ">\(Escape.xml(s))</text>"
    }

    func n(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
