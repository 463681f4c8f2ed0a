import Foundation
import Testing

@testable import Engine

@Suite("Date formats and theme files")
struct TimeLabelFormatTests {
    @Test("strftime-style directives")
    func directives() throws {
        let t = try #require(TimeValue.parse("2024-03-05")).0
        #expect(TimeLabelFormat("%Y-%m-%d").string(t) == "2024-03-05")
        #expect(TimeLabelFormat("%e %b %y").string(t) == "5 Mar 24")
        #expect(TimeLabelFormat("%B %Y, Q%q").string(t) == "March 2024, Q1")
        #expect(TimeLabelFormat("100%% %x").string(t) == "100% %x")
        #expect(TimeLabelFormat("%Y").string(label: "not a date") == nil)
        #expect(TimeLabelFormat("%b '%y").string(label: "2023-11") == "Nov '23")
    }

    @Test("options.dateFormat labels a bar chart's time axis and survives JSON")
    func chartLabels() throws {
        var options = ChartOptions(title: "Monthly")
        options.dateFormat = "%b %Y"
        let chart = ChartData(
            type: .bar, labels: ["2023-11", "2023-12", "2024-01"],
            datasets: [ChartDataset(label: "revenue", data: [1, 2, 3])], options: options)
        let svg = ChartRenderer.svg(chart)
        #expect(svg.contains(">Nov 2023<"))
        #expect(svg.contains(">Jan 2024<"))
        let decoded = try JSONDecoder().decode(ChartData.self, from: JSONEncoder().encode(chart))
        #expect(decoded.options.dateFormat == "%b %Y")
        options.dateFormat = nil
        let automatic = ChartRenderer.svg(
            ChartData(type: .bar, labels: chart.data.labels, datasets: chart.data.datasets, options: options))
        #expect(automatic.contains(">Dec<"))
    }

    @Test("a theme file is decoded, and unsafe colours are refused")
    func themeFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var custom = Theme.dark
        custom.name = "brand"
        custom.palette = ["#123456", "#abcdef"]
        let good = dir.appendingPathComponent("brand.json")
        try JSONEncoder().encode(custom).write(to: good)
        let loaded = try Theme(contentsOf: good)
        #expect(loaded == custom)
        let svg = ChartRenderer.svg(
            ChartData(
                type: .bar, labels: ["a"], datasets: [ChartDataset(label: "x", data: [1])], options: ChartOptions()),
            theme: loaded)
        #expect(svg.contains("#123456"))

        custom.palette = ["red\"/><script>alert(1)</script>"]
        let bad = dir.appendingPathComponent("bad.json")
        try JSONEncoder().encode(custom).write(to: bad)
        #expect(throws: ChartError.self) { try Theme(contentsOf: bad) }
        let notJSON = dir.appendingPathComponent("x.json")
        try Data("{".utf8).write(to: notJSON)
        #expect(throws: ChartError.self) { try Theme(contentsOf: notJSON) }
    }
}
