import Engine

/// Draws one laid-out PDF page as an SVG document of the page's size (1 unit = 1 pt); text
/// stays text (selectable in the PDF), charts are nested SVG. All text passes `Escape.xml`.
struct PDFPageRenderer {
    var layout: PDFLayout
    /// Shown at the bottom of every page with the page number.
    var footer: String

    private static let font = "DejaVu Sans, Verdana, sans-serif"
    private static let mono = "DejaVu Sans Mono, monospace"

    func svg(_ placements: [PDFPlacement], number: Int, of total: Int) -> String {
        let w = layout.size.width, h = layout.size.height
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(w))\" height=\"\(n(h))\" viewBox=\"0 0 \(n(w)) \(n(h))\" font-family=\"\(Self.font)\">"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
        for p in placements { out += draw(p) }
        let pageText = "\(footer) · \(number) / \(total)"
        out += text(pageText, x: w - layout.margin, y: h - layout.margin + 4, style: .note, anchor: "end")
        return out + "</svg>"
    }

    private func draw(_ p: PDFPlacement) -> String {
        let x = layout.margin
        switch p.content {
        case .lines(let lines, let style, let indent, let bullet):
            var out = ""
            if bullet { out += text("•", x: x + 3, y: p.y + style.size, style: style) }
            for (i, line) in lines.enumerated() {
                out += text(line, x: x + indent, y: p.y + Double(i) * style.lineHeight + style.size, style: style)
            }
            return out
        case .code(let lines):
            var out =
                "<rect x=\"\(n(x))\" y=\"\(n(p.y))\" width=\"\(n(layout.contentWidth))\" height=\"\(n(p.height))\" fill=\"#f6f8fa\" rx=\"3\"/>"
            for (i, line) in lines.enumerated() {
                out +=
                    "<text x=\"\(n(x + 6))\" y=\"\(n(p.y + 4 + Double(i) * 11 + 8))\" font-family=\"\(Self.mono)\" font-size=\"8\" fill=\"#1f2328\" xml:space=\"preserve\">\(Escape.xml(line))</text>"
            }
            return out
        case .kpis(let kpis):
            let cardGap = 10.0
            let cardW = (layout.contentWidth - cardGap * 2) / 3
            var out = ""
            for (i, k) in kpis.enumerated() {
                let cx = x + Double(i) * (cardW + cardGap)
                out +=
                    "<rect x=\"\(n(cx))\" y=\"\(n(p.y))\" width=\"\(n(cardW))\" height=\"\(n(p.height))\" fill=\"#f6f8fa\" stroke=\"#d1d9e0\" rx=\"4\"/>"
                let inner = cardW - 16
                out += text(PDFText.fit(k.label, width: inner, size: 8.5), x: cx + 8, y: p.y + 15, style: .note)
                out += text(
                    PDFText.fit(k.value, width: inner, size: 17, bold: true), x: cx + 8, y: p.y + 36,
                    style: PDFTextStyle(size: 17, bold: true))
                if let d = k.delta {
                    let color = d.hasPrefix("▲") ? "#1a7f37" : (d.hasPrefix("▼") ? "#cf222e" : "#59636e")
                    out += text(
                        PDFText.fit(d, width: inner, size: 8), x: cx + 8, y: p.y + 50,
                        style: PDFTextStyle(size: 8, color: color))
                }
            }
            return out
        case .chart(let svg, let width, let height):
            let k = p.height / height
            return
                "<g transform=\"translate(\(n(x + (layout.contentWidth - width * k) / 2)) \(n(p.y))) scale(\(k))\">\(svg)</g>"
        case .tableRows(let table, let columns, let rows, let continued):
            return tableRows(table, columns: columns, rows: rows, continued: continued, y: p.y)
        }
    }

    private func tableRows(_ table: PDFTable, columns: [Double], rows: Range<Int>, continued: Bool, y: Double) -> String
    {
        let x0 = layout.margin, size = PDFLayout.tableSize
        let width = columns.reduce(0, +)
        var out =
            "<rect x=\"\(n(x0))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(PDFLayout.headerHeight))\" fill=\"#eef1f4\"/>"
        func cells(_ values: [String], top: Double, bold: Bool) {
            var cx = x0
            for (j, width) in columns.enumerated() {
                let value = PDFText.fit(j < values.count ? values[j] : "", width: width - 8, size: size, bold: bold)
                let right = j < table.numeric.count && table.numeric[j]
                out += text(
                    value, x: right ? cx + width - 4 : cx + 4, y: top, style: PDFTextStyle(size: size, bold: bold),
                    anchor: right ? "end" : nil)
                cx += width
            }
        }
        cells(table.headers, top: y + 12.5, bold: true)
        var ry = y + PDFLayout.headerHeight
        for r in rows {
            if (r - rows.lowerBound) % 2 == 1 {
                out +=
                    "<rect x=\"\(n(x0))\" y=\"\(n(ry))\" width=\"\(n(width))\" height=\"\(n(PDFLayout.rowHeight))\" fill=\"#f8f9fb\"/>"
            }
            cells(table.rows[r], top: ry + 10.5, bold: false)
            ry += PDFLayout.rowHeight
        }
        out +=
            "<line x1=\"\(n(x0))\" y1=\"\(n(ry))\" x2=\"\(n(x0 + width))\" y2=\"\(n(ry))\" stroke=\"#d1d9e0\" stroke-width=\"0.6\"/>"
        return out
    }

    private func text(_ s: String, x: Double, y: Double, style: PDFTextStyle, anchor: String? = nil) -> String {
        var out = "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(style.size))\" fill=\"\(style.color)\""
        if style.bold { out += " font-weight=\"bold\"" }
        if let anchor { out += " text-anchor=\"\(anchor)\"" }
        return out + ">\(Escape.xml(s))</text>"
    }

    private func n(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
