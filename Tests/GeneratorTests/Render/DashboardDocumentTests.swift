import Foundation
import Testing

@testable import Engine
@testable import Generator

@Suite("Dashboard document")
struct DashboardDocumentTests {
    static let chart = ChartData(
        type: .bar, labels: ["North", "South"], datasets: [ChartDataset(label: "Revenue", data: [120, 80])],
        options: ChartOptions(title: "Revenue <by> region"))

    @Test("cells are placed on the grid in reading order, in the site layout with both stylesheets")
    func grid() throws {
        let doc = DashboardDocument(
            title: "Q1 & Q2", description: "Sales", theme: .light,
            items: [
                .init(chart: Self.chart, x: 6, y: 0, w: 6, h: 4),
                .init(chart: nil, message: "Gone <here>", x: 0, y: 0, w: 6, h: 4),
            ])
        let html = try doc.html()
        #expect(html.contains("<title>Q1 &amp; Q2 · Aiser</title>"))
        #expect(html.contains("<p class=\"lede\">Sales</p>"))
        #expect(html.contains(".dashboard-grid{"))
        #expect(html.contains("<style media=\"print\">"))
        let placeholder = try #require(html.range(of: "Gone &lt;here&gt;"))
        let svg = try #require(html.range(of: "<svg"))
        #expect(placeholder.lowerBound < svg.lowerBound)
        #expect(html.contains("grid-column:7 / span 6;grid-row:1 / span 4"))
        #expect(html.contains("id=\"item0-light-title\""))
        #expect(!html.contains("Gone <here>") && !html.contains("Revenue <by>"))
    }

    @Test("the auto theme embeds a light and a dark drawing")
    func autoTheme() throws {
        let html = try DashboardDocument(
            title: "T", theme: .auto, items: [.init(chart: Self.chart, x: 0, y: 0, w: 12, h: 3)]
        )
        .html()
        #expect(html.contains("data-theme=\"auto\""))
        #expect(html.contains("<div class=\"chart-light\">") && html.contains("<div class=\"chart-dark\">"))
    }
}
