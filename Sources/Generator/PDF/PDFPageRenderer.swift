import Engine

/// Draws one laid-out PDF page as an SVG document of the page's size (1 unit = 1 pt); text
/// stays text (selectable in the PDF), charts are nested SVG, links are `<a href>` (PDF link
/// annotations through librsvg). Everything is written by Engine's `SVGWriter`, which escapes
/// all text and writes every coordinate.
struct PDFPageRenderer {
    var layout: PDFLayout
    /// Shown at the bottom of every page with the page number.
    var footer: String

    static let font = "DejaVu Sans, Verdana, sans-serif"
    static let mono = "DejaVu Sans Mono, monospace"
    static let linkColor = "#0969da"

    func svg(_ placements: [PDFPlacement], number: Int, of total: Int) -> String {
        let w = layout.width, h = layout.height
        var svg = SVGWriter()
        svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("width", n(w)), ("height", n(h)),
                ("viewBox", "0 0 \(n(w)) \(n(h))"), ("font-family", Self.font),
            ])
        svg.empty("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])
        for p in placements { draw(p, into: &svg) }
        let pageText = "\(footer) · \(number) / \(total)"
        text(pageText, x: w - layout.margin, y: h - layout.margin + 4, style: .note, anchor: "end", into: &svg)
        svg.close("svg")
        return svg.output
    }

    private func draw(_ p: PDFPlacement, into svg: inout SVGWriter) {
        switch p.content {
        case .lines(let lines, let style, let nesting, let first):
            prose(lines, style: style, nesting: nesting, first: first, y: p.y, height: p.height, into: &svg)
        case .code(let lines, let nesting):
            code(lines, nesting: nesting, y: p.y, height: p.height, into: &svg)
        case .rule(let nesting):
            let x = layout.margin
            quoteRules(nesting, y: p.y, height: p.height, into: &svg)
            line(
                x + nesting.left, p.y + p.height / 2, x + layout.contentWidth, p.y + p.height / 2, color: "#d1d9e0",
                width: 1, into: &svg)
        case .kpis(let kpis):
            self.kpis(kpis, y: p.y, height: p.height, into: &svg)
        case .chart(let chart, let width, let height):
            let k = p.height / height
            // The scale keeps its full precision: it multiplies every coordinate of the chart.
            svg.open(
                "g",
                [
                    (
                        "transform",
                        "translate(\(n(layout.margin + (layout.contentWidth - width * k) / 2)) \(n(p.y))) scale(\(k))"
                    )
                ])
            svg.appendTrustedMarkup(chart)
            svg.close("g")
        case .tableRows(let table, let columns, let rows, let continued):
            tableRows(table, columns: columns, rows: rows, continued: continued, y: p.y, into: &svg)
        }
    }

    func text(
        _ s: String, x: Double, y: Double, style: PDFTextStyle, anchor: String? = nil, into svg: inout SVGWriter
    ) {
        var attributes = [("x", n(x)), ("y", n(y)), ("font-size", n(style.size)), ("fill", style.color)]
        if style.bold { attributes.append(("font-weight", "bold")) }
        if let anchor { attributes.append(("text-anchor", anchor)) }
        svg.element("text", attributes, text: s)
    }

    func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, color: String, width: Double,
        into svg: inout SVGWriter
    ) {
        svg.empty(
            "line",
            [("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)), ("stroke", color), ("stroke-width", n(width))])
    }

    func n(_ v: Double) -> String { SVGWriter.number(v) }
}
