import Engine

/// Places PDF items top to bottom on fixed-size pages: text flows line by line, KPIs sit up to
/// three in a row, charts are never split (they move to the next page when they do not fit),
/// table rows flow across pages with the header row repeated on every continued page.
struct PDFLayout {
    var size: PDFPageSize
    var margin = 40.0
    /// Room kept at the bottom of each page for the page number.
    var footer = 16.0
    var gap = 10.0

    static let rowHeight = 15.0
    static let headerHeight = 18.0
    static let kpiHeight = 58.0
    static let tableSize = 8.5

    var contentWidth: Double { size.width - 2 * margin }
    var bottom: Double { size.height - margin - footer }
    var contentHeight: Double { bottom - margin }

    func pages(_ items: [PDFItem]) -> [[PDFPlacement]] {
        var pages: [[PDFPlacement]] = [[]]
        var y = margin
        func newPage() {
            pages.append([])
            y = margin
        }
        func place(_ height: Double, _ content: PDFPlacement.Content) {
            pages[pages.count - 1].append(PDFPlacement(y: y, height: height, content: content))
            y += height
        }
        func lines(_ text: [String], _ style: PDFTextStyle, indent: Double = 0, bullet: Bool = false, keep: Double = 0)
        {
            let lh = style.lineHeight
            if y + lh + keep > bottom, y > margin { newPage() }
            var start = 0
            while start < text.count {
                let fit = max(1, Int((bottom - y) / lh))
                let end = min(text.count, start + fit)
                place(
                    Double(end - start) * lh,
                    .lines(Array(text[start..<end]), style: style, indent: indent, bullet: bullet && start == 0))
                start = end
                if start < text.count { newPage() }
            }
            y += gap
        }
        func tableRows(_ table: PDFTable) {
            let columns = columnWidths(table)
            let titleStyle = PDFTextStyle.heading(4)
            let titleHeight = table.title == nil ? 0 : titleStyle.lineHeight
            let firstRows = Self.rowHeight * Double(min(3, max(1, table.rows.count)))
            if y + titleHeight + Self.headerHeight + firstRows > bottom, y > margin { newPage() }
            if let title = table.title {
                lines(PDFText.wrap(title, width: contentWidth, size: titleStyle.size, bold: true), titleStyle)
                y -= gap * 0.7
            }
            var start = 0
            var continued = false
            repeat {
                let fit = max(1, Int((bottom - y - Self.headerHeight) / Self.rowHeight))
                var end = min(table.rows.count, start + fit)
                // No single row left alone on the next page.
                if table.rows.count - end == 1, end - start > 2 { end -= 1 }
                let height = Self.headerHeight + Double(end - start) * Self.rowHeight
                place(height, .tableRows(table, columns: columns, rows: start..<end, continued: continued))
                start = end
                if start < table.rows.count {
                    newPage()
                    continued = true
                }
            } while start < table.rows.count
            y += 4
            lines([table.footer], .note)
        }
        var i = 0
        while i < items.count {
            switch items[i] {
            case .heading(let level, let text):
                let style = level == 0 ? PDFTextStyle.title : .heading(level)
                let next = i + 1 < items.count ? leadHeight(items[i + 1]) : 0
                lines(
                    PDFText.wrap(text, width: contentWidth, size: style.size, bold: true), style,
                    keep: min(next, contentHeight / 2))
            case .paragraph(let text):
                lines(PDFText.wrap(text, width: contentWidth, size: PDFTextStyle.body.size), .body)
            case .bullet(let text):
                lines(
                    PDFText.wrap(text, width: contentWidth - 14, size: PDFTextStyle.body.size), .body, indent: 14,
                    bullet: true)
                y -= gap * 0.6
            case .note(let text):
                lines(PDFText.wrap(text, width: contentWidth, size: PDFTextStyle.note.size), .note)
            case .code(let text):
                let all = PDFText.wrapMono(text, width: contentWidth - 12, size: 8)
                var start = 0
                if y + 3 * 11 > bottom, y > margin { newPage() }
                while start < all.count {
                    let fit = max(1, Int((bottom - y - 8) / 11))
                    let end = min(all.count, start + fit)
                    place(Double(end - start) * 11 + 8, .code(Array(all[start..<end])))
                    start = end
                    if start < all.count { newPage() }
                }
                y += gap
            case .kpi:
                var row: [(label: String, value: String, delta: String?)] = []
                while i < items.count, row.count < 3, case .kpi(let label, let value, let delta) = items[i] {
                    row.append((label, value, delta))
                    i += 1
                }
                i -= 1
                if y + Self.kpiHeight > bottom, y > margin { newPage() }
                place(Self.kpiHeight, .kpis(row))
                y += gap
            case .chart(let svg, let width, let height):
                let k = min(1, contentWidth / width, contentHeight / height)
                if y + height * k > bottom, y > margin { newPage() }
                place(height * k, .chart(svg: svg, width: width, height: height))
                y += gap
            case .table(let table):
                tableRows(table)
            }
            i += 1
        }
        if pages.count > 1, pages[pages.count - 1].isEmpty { pages.removeLast() }
        return pages
    }

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
