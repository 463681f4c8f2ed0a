import Engine

extension PDFPageRenderer {
    /// A table's header row and `rows`, zebra-striped, numbers right-aligned.
    func tableRows(
        _ table: PDFTable, columns: [Double], rows: Range<Int>, continued: Bool, y: Double, into svg: inout SVGWriter
    ) {
        let x0 = layout.margin, size = PDFLayout.tableSize
        let width = columns.reduce(0, +)
        svg.empty(
            "rect",
            [
                ("x", n(x0)), ("y", n(y)), ("width", n(width)), ("height", n(PDFLayout.headerHeight)),
                ("fill", "#eef1f4"),
            ])
        func cells(_ values: [String], top: Double, bold: Bool) {
            var cx = x0
            for (j, width) in columns.enumerated() {
                let value = PDFText.fit(j < values.count ? values[j] : "", width: width - 8, size: size, bold: bold)
                let right = j < table.numeric.count && table.numeric[j]
                text(
                    value, x: right ? cx + width - 4 : cx + 4, y: top, style: PDFTextStyle(size: size, bold: bold),
                    anchor: right ? "end" : nil, into: &svg)
                cx += width
            }
        }
        cells(table.headers, top: y + 12.5, bold: true)
        var ry = y + PDFLayout.headerHeight
        for r in rows {
            if (r - rows.lowerBound) % 2 == 1 {
                svg.empty(
                    "rect",
                    [
                        ("x", n(x0)), ("y", n(ry)), ("width", n(width)), ("height", n(PDFLayout.rowHeight)),
                        ("fill", "#f8f9fb"),
                    ])
            }
            cells(table.rows[r], top: ry + 10.5, bold: false)
            ry += PDFLayout.rowHeight
        }
        line(x0, ry, x0 + width, ry, color: "#d1d9e0", width: 0.6, into: &svg)
    }
}
