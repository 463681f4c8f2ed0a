import Foundation
import Testing

@testable import Engine
@testable import Generator

@Suite("One formatter: charts, KPI cards, tables and PDFs write a number the same way")
struct OneFormatterTests {
    /// One query shown by a KPI card, a table column and a chart, all with `format`.
    static func page(_ value: String, format: String) -> String {
        """
        ```sql q
        SELECT 'North' AS region, \(value) AS amount
        ```

        ```kpi
        data: q
        value: amount
        format: \(format)
        ```

        ```table
        data: q
        columns:
          - column: amount
            format: \(format)
        ```

        ```chart
        type: bar
        data: q
        x: region
        y: amount
        format: \(format)
        ```
        """
    }

    @Test("a block's format gives the chart's text for every currency; INR is ₹ everywhere")
    func sameText() throws {
        for code in ["USD", "EUR", "GBP", "JPY", "INR", "CHF", "SEK"] {
            for v in [1234.5, -0.5, 1_000_000] {
                let format = try #require(ValueFormat(spec: "currency:\(code)"))
                #expect(format.string(SQLValue.real(v)) == ValueFormat.currency(code).string(v), "\(code) \(v)")
            }
        }
        #expect(ValueFormat(spec: "currency:INR")?.string(SQLValue.real(1234.5)) == "₹1,234.50")
    }

    @Test(
        "one page: the KPI card, the table cell and the chart's label show the same text",
        arguments: [
            ("1234.5", "currency:INR", "₹1,234.50"),
            ("0.12", "percent", "12.0%"),
            ("12", "number:1", "12.0"),
            ("12345", "compact", "12K"),
        ])
    func onePage(value: String, format: String, expected: String) async throws {
        let p = try ProjectFixture(["pages/index.md": Self.page(value, format: format)])
        defer { p.remove() }
        try await p.build()
        let html = try p.read("out/index.html")
        #expect(html.contains("<p class=\"kpi-value\">\(expected)</p>"))
        #expect(html.contains("<td class=\"num\">\(expected)</td>"))
        let chart = html.components(separatedBy: "<figure class=\"chart\">").dropFirst().joined()
        #expect(chart.contains(": \(expected)"), "the chart's tooltip")
        #expect(!html.contains("INR "))
    }

    @Test("the PDF's KPI card and table cell show the HTML's text")
    func pdf() async throws {
        let p = try ProjectFixture(["pages/index.md": Self.page("0.12", format: "percent")])
        defer { p.remove() }
        let out = p.url.appendingPathComponent("out")
        try await Builder(project: p.url, options: BuildOptions(output: out, useCache: false, pdf: true)).build()
        let pdf = try PDFInspector(try Data(contentsOf: out.appendingPathComponent("index.pdf")))
        let text = pdf.baseFonts.map { pdf.text(inFont: $0) }.joined(separator: " ")
        #expect(
            text.components(separatedBy: "12.0%").count - 1 >= 2,
            "KPI and table (the axis ticks follow their step): \(text)")
    }
}
