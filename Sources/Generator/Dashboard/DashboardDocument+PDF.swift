import Engine
import Foundation

extension DashboardDocument {
    /// The dashboard as a paginated vector PDF through the compositor of `aiser build --pdf`:
    /// the title and description, then each cell in reading order — a chart drawn in the light
    /// theme at its grid size (scaled to the page width, never split across pages), or a
    /// placeholder's message. Every page's footer holds the title and the page number.
    /// `includeCharts: false` lists the cells' titles instead of drawing the charts.
    public func pdf(paper: PDFPageSize = .a4, landscape: Bool = false, includeCharts: Bool = true) throws -> Data {
        var items: [PDFItem] = [.heading(level: 1, text: title)]
        if let description, !description.isEmpty { items.append(.paragraph([PDFRun(text: description)], .top)) }
        for (index, item) in ordered {
            if let chart = item.chart, includeCharts {
                let w = item.w * Self.columnWidth, h = item.h * Self.rowHeight
                let svg = ChartFigure.drawing(chart, theme: .light, id: "item\(index)", width: w, height: h)
                items.append(.chart(svg: svg, width: Double(w), height: Double(h)))
            } else if let chart = item.chart {
                items.append(.paragraph([PDFRun(text: chart.options.title ?? "Chart")], .top))
            } else {
                items.append(.note(item.message))
            }
        }
        let layout = PDFLayout(size: paper, landscape: landscape)
        return try PDFDocument(layout: layout, footer: title).data(items, at: title)
    }
}
