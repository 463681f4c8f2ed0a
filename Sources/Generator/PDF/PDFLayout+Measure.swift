import Engine

extension PDFLayout {
    /// The height the start of `item` needs on the page of a heading above it, so a heading
    /// is never left alone at the bottom of a page.
    func leadHeight(_ item: PDFItem) -> Double {
        switch item {
        case .chart(_, let width, let height): min(1, contentWidth / width, contentHeight / height) * height
        case .table(let t):
            Self.headerHeight + Self.rowHeight * Double(min(3, t.rows.count)) + (t.title == nil ? 0 : 20)
        case .kpi: Self.kpiHeight
        default: 3 * PDFTextStyle.body.lineHeight
        }
    }

    /// Column widths: each column's widest text (capped), scaled to fill the content width —
    /// widened by at most half, so a narrow table does not spread its few columns far apart.
    func columnWidths(_ table: PDFTable) -> [Double] {
        let pad = 10.0
        var widths = table.headers.map { TextMetrics.width($0, size: Self.tableSize, bold: true) + pad }
        for row in table.rows.prefix(500) {
            for (j, cell) in row.enumerated() where j < widths.count {
                widths[j] = max(widths[j], min(220, TextMetrics.width(cell, size: Self.tableSize) + pad))
            }
        }
        let total = widths.reduce(0, +)
        guard total > 0 else { return widths }
        let k = total > contentWidth ? contentWidth / total : min(1.5, contentWidth / total)
        return widths.map { $0 * k }
    }
}
