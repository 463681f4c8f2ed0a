import Foundation
import Testing

@testable import Engine

@Suite("Edge cases render sensibly")
struct EdgeCaseTests {
    func line(_ labels: [String], _ values: [ChartValue], type: ChartType = .line) -> ChartData {
        ChartData(type: type, labels: labels, datasets: [ChartDataset(label: "Revenue", data: values)])
    }

    @Test("empty data and all-null series show 'No data' for every type", arguments: ChartType.allCases)
    func empty(type: ChartType) throws {
        for chart in [ChartData(type: type), line(["a", "b"], [nil, nil], type: type)]
        where !(type == .table && !chart.data.labels.isEmpty) {
            let svg = ChartRenderer.svg(chart)
            _ = try SVGOutline(svg)
            #expect(svg.contains(">No data</text>"), "\(type)")
            #expect(svg.contains("<desc id=\"chart-desc\">No data.</desc>"))
        }
    }

    @Test("a single point renders a visible dot")
    func singlePoint() throws {
        let svg = ChartRenderer.svg(line(["2024-01"], [42]))
        let o = try SVGOutline(svg)
        #expect(o.all("circle").count == 1)
        #expect(svg.contains("Revenue is 42 in Jan 2024."))
    }

    @Test("NaN and infinite values are gaps, not broken paths")
    func nonFinite() throws {
        let svg = ChartRenderer.svg(line(["a", "b", "c", "d"], [1, .number(.nan), .number(.infinity), 4]))
        #expect(!svg.contains("nan") && !svg.contains("inf"))
        let o = try SVGOutline(svg)
        let path = try #require(o.all("path").first { $0.attributes["class"] == "line" })
        #expect(path.attributes["d"]?.filter { $0 == "M" }.count == 2)
    }

    @Test("text from data is escaped: a <script> label shows as text")
    func escaping() throws {
        var chart = line(["<script>alert(1)</script>", "b"], [1, 2], type: .bar)
        chart.options.title = "A & B <i>"
        let svg = ChartRenderer.svg(chart)
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.contains("A &amp; B &lt;i&gt;"))
        _ = try SVGOutline(svg)
        let html = ChartRenderer.html(chart)
        #expect(!html.contains("<script"))
    }

    @Test("very long labels are truncated with the full text kept in a tooltip")
    func longLabels() throws {
        let long = String(repeating: "Supercalifragilistic ", count: 20)
        let svg = ChartRenderer.svg(line([long, "short", "x"], [1, 2, 3], type: .bar))
        let o = try SVGOutline(svg)
        let labels = o.all("text").filter { $0.text.contains("…") }
        #expect(!labels.isEmpty)
        #expect(svg.contains("<title>\(Escape.xml(long))</title>"))
        for l in labels { #expect(FontMetrics.width(l.text.replacingOccurrences(of: long, with: ""), size: 12) < 400) }
    }

    @Test("a bar chart of 10,000 categories draws the top 50 and says so")
    func topN() throws {
        let labels = (0..<10_000).map { "Item \($0)" }
        let values = (0..<10_000).map { ChartValue.number(Double(($0 * 7919) % 10_000)) }
        let svg = ChartRenderer.svg(line(labels, values, type: .bar))
        let o = try SVGOutline(svg)
        #expect(o.all("rect").filter { o.inside($0, class: "bars") }.count == 50)
        #expect(svg.contains("Top 50 of 10,000 categories"))
        #expect(svg.contains("<title>Item 2321: 9,999</title>"))  // 2321·7919 mod 10,000 = 9,999
    }

    @Test("a line of 1,000,000 points is downsampled to pixel resolution")
    func millionPoints() throws {
        let values = (0..<1_000_000).map { ChartValue.number(sin(Double($0) / 5000) * 100 + Double($0 % 7)) }
        let svg = ChartRenderer.svg(
            ChartData(type: .line, datasets: [ChartDataset(label: "Signal", data: values)]), width: 800, height: 400)
        #expect(svg.utf8.count < 60_000)
        let o = try SVGOutline(svg)
        let d = try #require(o.all("path").first { $0.attributes["class"] == "line" }?.attributes["d"])
        let points = d.filter { $0 == "L" }.count + 1
        #expect(points <= 1600 && points > 500)
    }

    @Test("extreme magnitudes render without crashing", arguments: [ChartType.bar, .line, .histogram, .area, .pie])
    func extremes(type: ChartType) throws {
        let svg = ChartRenderer.svg(line(["a", "b", "c"], [1e308, -1e308, 1e20], type: type))
        _ = try SVGOutline(svg)
        #expect(ValueFormat.plain.string(1.5e20) == "1.5e+20")
        #expect(ValueFormat.plain.string(12_345_678_901_234.56) == "12,345,678,901,234.56")
    }

    @Test("the description summarises the data in one sentence")
    func summary() {
        let chart = line(["2024-01", "2024-02", "2024-03", "2024-04"], [1000, 1200, 1100, 1400])
        #expect(
            ChartSummary.sentence(chart)
                == "Revenue rose from 1,000 in Jan 2024 to 1,400 in Apr 2024; peak of 1,400 in Apr 2024.")
        let bar = line(["North", "South"], [5, 9], type: .bar)
        #expect(
            ChartSummary.sentence(bar) == "Revenue across 2 categories: highest is South at 9, lowest is North at 5.")
    }

    @Test("the HTML variant adds a visually hidden data table")
    func html() throws {
        var chart = line(["North", "South"], [5, 9], type: .bar)
        chart.options.title = "Sales"
        let html = ChartRenderer.html(chart)
        #expect(html.hasPrefix("<figure"))
        #expect(html.contains("<caption>Sales</caption>"))
        #expect(html.contains("<tr><th scope=\"row\">South</th><td>9</td></tr>"))
        #expect(html.contains("clip:rect(0,0,0,0)"))
        #expect(!html.contains("<script"))
    }

    @Test("a transparent chart has no background rectangle")
    func transparent() {
        let chart = line(["a"], [1], type: .bar)
        #expect(ChartRenderer.svg(chart).contains("class=\"background\""))
        #expect(!ChartRenderer.svg(chart, transparent: true).contains("class=\"background\""))
    }
}
