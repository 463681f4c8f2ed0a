import Foundation
import Testing

@testable import Engine

@Suite("Chart output formats")
struct ChartFormatTests {
    let chart = ChartData(
        type: .bar, labels: ["a", "b"], datasets: [ChartDataset(label: "n", data: [1, 2])],
        options: ChartOptions(title: "Formats"))

    @Test("the format comes from the file extension")
    func fromExtension() {
        #expect(ChartFormat(pathExtension: "PNG") == .png)
        #expect(ChartFormat(pathExtension: "html") == .html)
        #expect(ChartFormat(pathExtension: "gif") == nil)
        #expect(ChartFormat.svg.mimeType == "image/svg+xml")
    }

    @Test("each format starts with its signature")
    func signatures() throws {
        func head(_ f: ChartFormat, _ n: Int = 5) throws -> String {
            String(decoding: try ChartRenderer.data(chart, as: f).prefix(n), as: UTF8.self)
        }
        #expect(try head(.svg, 4) == "<svg")
        #expect(try head(.pdf) == "%PDF-")
        #expect(try head(.html, 15) == "<!doctype html>")
        #expect(try ChartRenderer.data(chart, as: .png).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        let json = try ChartRenderer.data(chart, as: .json)
        #expect(try JSONDecoder().decode(ChartData.self, from: json) == chart)
    }

    @Test("the HTML page holds the chart and its data table, no script")
    func page() throws {
        let html = String(decoding: try ChartRenderer.data(chart, as: .html), as: UTF8.self)
        #expect(html.contains("<title>Formats</title>"))
        #expect(html.contains("<svg") && html.contains("<table"))
        #expect(!html.contains("<script"))
    }
}
