import Engine
import Testing

@testable import Generator

@Suite("PDF page layout")
struct PDFLayoutTests {
    let layout = PDFLayout(size: .a4)

    static func table(rows: Int) -> PDFTable {
        PDFTable(
            title: "Orders", headers: ["id", "amount"], numeric: [false, true],
            rows: (1...rows).map { ["order \($0)", "\($0 * 10)"] }, footer: "\(rows) rows")
    }

    @Test("a chart that does not fit the rest of a page moves whole to the next page")
    func chartNeverSplit() {
        let paragraph = PDFItem.paragraph([PDFRun(text: String(repeating: "word ", count: 600))], .top)
        let chart = PDFItem.chart(svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", width: 515, height: 360)
        let pages = layout.pages([paragraph, chart, paragraph, chart, chart])
        var charts = 0
        for page in pages {
            for p in page {
                guard case .chart = p.content else { continue }
                charts += 1
                #expect(p.y >= layout.margin)
                #expect(p.y + p.height <= layout.bottom)
                #expect(p.height == 360)
            }
        }
        #expect(charts == 3)
        // The text before the first chart fills most of page 1 (about 32 lines of 14 pt), so
        // the 360 pt chart cannot fit below it and starts page 2 at the top margin.
        let first = pages.enumerated().first { _, page in
            page.contains { if case .chart = $0.content { true } else { false } }
        }
        #expect(first?.offset == 1)
        #expect(first?.element.first?.y == layout.margin)
    }

    @Test("a chart taller than a page is scaled to the page height")
    func tallChart() {
        let pages = layout.pages([.chart(svg: "<svg/>", width: 515, height: 2000)])
        #expect(pages.count == 1)
        #expect(pages[0][0].height == layout.contentHeight)
    }

    @Test("120 table rows flow over 3+ pages, each continued page starting with the header")
    func longTable() {
        let pages = layout.pages([.heading(level: 0, text: "Title"), .table(Self.table(rows: 120))])
        #expect(pages.count >= 3)
        var shown: [Int] = []
        for (i, page) in pages.enumerated() {
            let tables = page.compactMap { p -> (Range<Int>, Bool, Double)? in
                if case .tableRows(_, _, let rows, let continued) = p.content { return (rows, continued, p.y) }
                return nil
            }
            #expect(tables.count == 1)
            guard let (rows, continued, y) = tables.first else { continue }
            shown += Array(rows)
            #expect(continued == (i > 0))
            if i > 0 { #expect(y == layout.margin) }
            #expect(y + PDFLayout.headerHeight + Double(rows.count) * PDFLayout.rowHeight <= layout.bottom)
        }
        #expect(shown == Array(0..<120))
        let last = pages.last?.compactMap { p -> Int? in
            if case .tableRows(_, _, let rows, _) = p.content { return rows.count }
            return nil
        }
        #expect((last?.first ?? 0) >= 2)
    }

    @Test("a heading moves to the next page with the chart below it")
    func headingKeptWithChart() {
        let paragraph = PDFItem.paragraph([PDFRun(text: String(repeating: "word ", count: 600))], .top)
        let pages = layout.pages([
            paragraph, .heading(level: 2, text: "By product"), .chart(svg: "<svg/>", width: 515, height: 360),
        ])
        #expect(pages.count == 2)
        guard case .lines(let lines, _, _, _) = pages[1].first?.content else {
            Issue.record("page 2 does not start with the heading")
            return
        }
        #expect(lines.map(\.text) == ["By product"])
    }

    @Test("column widths: wide tables shrink to the content width, wider text gets a wider column")
    func columns() {
        let table = PDFTable(
            title: nil, headers: ["customer", "n"], numeric: [false, true],
            rows: [["Acme Incorporated International", "1"], ["B", "22"]], footer: "2 rows")
        let widths = layout.columnWidths(table)
        #expect(widths.reduce(0, +) <= layout.contentWidth)
        #expect(widths[0] > widths[1])
        let wide = PDFTable(
            title: nil, headers: (1...12).map { "column number \($0)" }, numeric: Array(repeating: false, count: 12),
            rows: [], footer: "0 rows")
        #expect(abs(layout.columnWidths(wide).reduce(0, +) - layout.contentWidth) < 0.001)
    }

    @Test("wrapped lines stay within the width and keep every word")
    func wrap() {
        let text = "The quick brown fox jumps over the lazy dog again and again until the line is long"
        let lines = PDFText.wrap([PDFRun(text: text)], width: 120, style: .body).map(\.text)
        #expect(lines.count > 1)
        #expect(lines.joined(separator: " ") == text)
        for line in lines { #expect(TextMetrics.width(line, size: 10) <= 120) }
        let long = String(repeating: "x", count: 300)
        let broken = PDFText.wrap([PDFRun(text: long)], width: 100, style: .body).map(\.text)
        #expect(broken.joined() == long && broken.count > 2)
        for line in broken { #expect(TextMetrics.width(line, size: 10) <= 100) }
        let cut = PDFText.fit("Analytics seat subscription", width: 60, size: 10)
        #expect(cut.hasSuffix("…") && cut.count < 27 && TextMetrics.width(cut, size: 10) <= 60)
        #expect(PDFText.fit("short", width: 60, size: 10) == "short")
    }

    @Test("a long list item breaks between lines: the marker on its first part only, the indent on both")
    func listItemAcrossPages() {
        let filler = PDFItem.paragraph([PDFRun(text: String(repeating: "word ", count: 500))], .top)
        let item = PDFItem.paragraph(
            [PDFRun(text: String(repeating: "listed ", count: 600))], PDFNesting.top.list(marker: "•", tight: false))
        let pages = layout.pages([filler, item])
        #expect(pages.count == 2)
        let parts = pages.flatMap { page in
            page.compactMap { p -> (PDFNesting, Bool, [PDFLine])? in
                if case .lines(let lines, _, let nesting, let first) = p.content, nesting.marker != nil {
                    return (nesting, first, lines)
                }
                return nil
            }
        }
        #expect(parts.count == 2)
        #expect(parts.map(\.1) == [true, false])
        #expect(parts.allSatisfy { $0.0.left == PDFNesting.listStep })
        for part in parts {
            for line in part.2 { #expect(line.width <= layout.contentWidth - PDFNesting.listStep) }
        }
        #expect(pages[1].first?.y == layout.margin)
    }
}
