import Foundation
import Testing

@testable import Engine
@testable import Generator

@Suite("aiser build --pdf: formatted prose and KPI sparklines in the PDF bytes")
struct PDFProseBuildTests {
    static let prose = """
        ---
        title: Notes
        ---
        Plain words then **Quick brown** and *slanted words* with `mono_code` and
        [the docs](https://example.com/docs?a=1&b=2) and ~~gone~~.

        - alpha item
          - beta nested
            - gamma deeper
        - delta item

        > quoted line

        | Region | Revenue |
        |---|--:|
        | North | 1200 |
        | South | 300 |
        """

    static func kpi(sparkline: Bool) -> String {
        """
        ```sql totals
        SELECT SUM(amount) AS amount FROM monthly
        ```

        ```sql trend
        SELECT month, amount FROM monthly ORDER BY month
        ```

        ```kpi
        data: totals
        value: amount
        title: Total
        \(sparkline ? "sparkline: trend.amount" : "")
        ```
        """
    }

    /// Builds `pages` (name → Markdown) with `--pdf` and returns the PDF of each page.
    func build(_ pages: [String: String]) async throws -> [String: Data] {
        var files = ["aiser.yml": "title: PDF\n"]
        for (name, text) in pages { files["pages/\(name).md"] = text }
        let p = try ProjectFixture(files)
        defer { p.remove() }
        try p.table(
            "monthly", columns: [("month", "INTEGER"), ("amount", "REAL")],
            rows: [3, 9, 4, 12, 7, 15, 11].enumerated().map { [.integer(Int64($0 + 1)), .real(Double($1))] })
        let out = p.url.appendingPathComponent("out")
        try await Builder(project: p.url, options: BuildOptions(output: out, useCache: false, pdf: true)).build()
        var pdfs: [String: Data] = [:]
        for name in pages.keys { pdfs[name] = try Data(contentsOf: out.appendingPathComponent("\(name).pdf")) }
        return pdfs
    }

    @Test("bold, italic and inline code use bold, oblique and mono fonts; links are URI annotations")
    func fontsAndLinks() async throws {
        let pdf = try PDFInspector(try #require(try await build(["index": Self.prose])["index"]))
        #expect(
            pdf.baseFonts.isSuperset(of: ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSansMono"]))
        #expect(pdf.text(inFont: "DejaVuSans-Bold").contains("Quick brown"))
        #expect(!pdf.text(inFont: "DejaVuSans").contains("Quick"))
        #expect(pdf.text(inFont: "DejaVuSans-Oblique").contains("slanted words"))
        #expect(pdf.text(inFont: "DejaVuSansMono").contains("mono_code"))
        #expect(pdf.uris == ["https://example.com/docs?a=1&b=2"])
    }

    @Test("nested list items, the quote and the prose table's cells come out in page order")
    func textOrder() async throws {
        guard let tool = PDFBuildTests.pdftotext() else {
            print("skipping: pdftotext (poppler) is not installed")
            return
        }
        let data = try #require(try await build(["index": Self.prose])["index"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("aiser-prose-\(UUID()).pdf")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let text = try PDFBuildTests.text(url, page: 1, tool: tool)
        let order = [
            "Notes", "Quick brown", "mono_code", "alpha item", "beta nested", "gamma deeper", "delta item",
            "quoted line", "Region",
        ]
        let positions = order.map { text.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil), "missing some of \(order) in \(text)")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        // Nested items are indented further, level by level (the layout keeps x positions).
        func column(_ s: String) -> Int? {
            text.split(separator: "\n").first { $0.contains(s) }.map { $0.prefix { $0 == " " }.count }
        }
        let columns = ["alpha item", "beta nested", "gamma deeper", "delta item"].compactMap(column)
        #expect(columns.count == 4)
        if columns.count == 4 {
            #expect(columns[0] < columns[1] && columns[1] < columns[2] && columns[3] == columns[0], "\(columns)")
        }
        #expect(text.range(of: #"(?m)^\s*North\s+1200\s*$"#, options: .regularExpression) != nil)
        #expect(text.range(of: #"(?m)^\s*South\s+300\s*$"#, options: .regularExpression) != nil)
        #expect(!text.contains("**") && !text.contains("`") && !text.contains("|"))
    }

    @Test("the KPI card draws the sparkline as one stroked polyline of the series' 7 points")
    func sparkline() async throws {
        let pdfs = try await build(["with": Self.kpi(sparkline: true), "without": Self.kpi(sparkline: false)])
        let with = try PDFInspector(try #require(pdfs["with"]))
        let without = try PDFInspector(try #require(pdfs["without"]))
        #expect(with.strokedPolylines.filter { $0 == 7 }.count == 1)
        #expect(!without.strokedPolylines.contains(7))
        #expect(with.lineTos - without.lineTos == 6)
    }
}
