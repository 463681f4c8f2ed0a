import Engine

/// Places PDF items top to bottom on fixed-size pages: text flows line by line (a long
/// paragraph or code block continues on the next page), KPIs sit up to three in a row, charts
/// are never split (they move to the next page when they do not fit), table rows flow across
/// pages with the header row repeated on every continued page, and a heading stays with what
/// follows it.
struct PDFLayout {
    var size: PDFPageSize
    /// Turns the paper sideways.
    var landscape = false
    var margin = 40.0
    /// Room kept at the bottom of each page for the page number.
    var footer = 16.0
    var gap = 10.0

    static let rowHeight = 15.0
    static let headerHeight = 18.0
    static let kpiHeight = 58.0
    static let ruleHeight = 8.0
    static let tableSize = 8.5

    /// The page's width and height in points, after orientation.
    var width: Double { landscape ? size.height : size.width }
    var height: Double { landscape ? size.width : size.height }
    var contentWidth: Double { width - 2 * margin }
    var bottom: Double { height - margin - footer }
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
        func lines(_ text: [PDFLine], _ style: PDFTextStyle, nesting: PDFNesting = .top, keep: Double = 0) {
            let lh = style.lineHeight
            if y + lh + keep > bottom, y > margin { newPage() }
            var start = 0
            while start < text.count {
                let fit = max(1, Int((bottom - y) / lh))
                let end = min(text.count, start + fit)
                place(
                    Double(end - start) * lh,
                    .lines(Array(text[start..<end]), style: style, nesting: nesting, first: start == 0))
                start = end
                if start < text.count { newPage() }
            }
            y += nesting.tight ? gap * 0.4 : gap
        }
        func plain(_ text: String, _ style: PDFTextStyle) {
            lines(PDFText.wrap([PDFRun(text: text)], width: contentWidth, style: style), style)
        }
        func tableRows(_ table: PDFTable) {
            let columns = columnWidths(table)
            let titleStyle = PDFTextStyle.heading(4)
            let titleHeight = table.title == nil ? 0 : titleStyle.lineHeight
            let firstRows = Self.rowHeight * Double(min(3, max(1, table.rows.count)))
            if y + titleHeight + Self.headerHeight + firstRows > bottom, y > margin { newPage() }
            if let title = table.title {
                plain(title, titleStyle)
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
            if let footer = table.footer { plain(footer, .note) } else { y += gap - 4 }
        }
        var i = 0
        while i < items.count {
            switch items[i] {
            case .heading(let level, let runs):
                let style = level == 0 ? PDFTextStyle.title : .heading(level)
                let next = i + 1 < items.count ? leadHeight(items[i + 1]) : 0
                lines(PDFText.wrap(runs, width: contentWidth, style: style), style, keep: min(next, contentHeight / 2))
            case .paragraph(let runs, var nesting):
                // The last item of a tight list keeps the full gap to what follows.
                var nextInList = false
                if i + 1 < items.count, case .paragraph(_, let next) = items[i + 1] { nextInList = next.depth > 0 }
                if !nextInList { nesting.tight = false }
                lines(PDFText.wrap(runs, width: contentWidth - nesting.left, style: .body), .body, nesting: nesting)
            case .note(let text):
                plain(text, .note)
            case .code(let text, let nesting):
                let all = PDFText.wrapMono(text, width: contentWidth - nesting.left - 12, size: 8)
                var start = 0
                if y + 3 * 11 > bottom, y > margin { newPage() }
                while start < all.count {
                    let fit = max(1, Int((bottom - y - 8) / 11))
                    let end = min(all.count, start + fit)
                    place(Double(end - start) * 11 + 8, .code(Array(all[start..<end]), nesting: nesting))
                    start = end
                    if start < all.count { newPage() }
                }
                y += gap
            case .rule(let nesting):
                if y + Self.ruleHeight > bottom, y > margin { newPage() }
                place(Self.ruleHeight, .rule(nesting))
                y += gap
            case .kpi:
                var row: [PDFKPI] = []
                while i < items.count, row.count < 3, case .kpi(let kpi) = items[i] {
                    row.append(kpi)
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
}
