import Foundation
import Testing

@testable import Engine
@testable import Generator

@Suite("aiser build --pdf")
struct PDFBuildTests {
    static let page = """
        ---
        title: Order Ledger
        ---
        # All orders

        Every order of the year.

        ```input
        name: year
        options: ['2024', '2023']
        ```

        ```sql ledger
        SELECT id, customer, amount FROM orders WHERE year = :year ORDER BY id
        ```

        ```sql totals
        SELECT SUM(amount) AS amount FROM orders WHERE year = :year
        ```

        ```kpi
        data: totals
        value: amount
        title: Total amount
        ```

        ```chart
        type: bar
        data: ledger
        x: customer
        y: amount
        limit: 10
        ```

        ```table
        data: ledger
        limit: 500
        columns: [id, customer, amount]
        ```
        """

    static func pdftotext() -> String? {
        ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The text of page `n` of `pdf`, laid out.
    static func text(_ pdf: URL, page n: Int, tool: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-f", "\(n)", "-l", "\(n)", pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func project() throws -> ProjectFixture {
        let p = try ProjectFixture(["aiser.yml": "title: Ledger\n", "pages/index.md": Self.page])
        try p.table(
            "orders", columns: [("id", "INTEGER"), ("customer", "TEXT"), ("amount", "REAL"), ("year", "TEXT")],
            rows: (1...130).map { i in
                [
                    .integer(Int64(i)), .text("Customer \(i % 7)"), .real(Double(i) * 1.5),
                    .text(i <= 120 ? "2024" : "2023"),
                ]
            })
        return p
    }

    @Test("a 120-row table: a PDF of 3+ pages, each continued page starting with the header row")
    func longTable() async throws {
        let p = try project()
        defer { p.remove() }
        let out = p.url.appendingPathComponent("out")
        try await Builder(project: p.url, options: BuildOptions(output: out, useCache: false, pdf: true)).build()
        let pdf = out.appendingPathComponent("index.pdf")
        let data = try Data(contentsOf: pdf)
        #expect(data.prefix(4) == Data("%PDF".utf8))
        let manifest = try p.read("out/manifest.json")
        #expect(manifest.contains("\"path\": \"index.pdf\""))
        guard let tool = Self.pdftotext() else {
            print("skipping the pdftotext checks: pdftotext (poppler) is not installed")
            return
        }
        var pages: [String] = []
        for n in 1...20 {
            let text = try Self.text(pdf, page: n, tool: tool)
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { break }
            pages.append(text)
        }
        #expect(pages.count >= 3)
        #expect(pages[0].contains("Order Ledger"))
        #expect(pages[0].contains("Filter: Year = 2024"))
        #expect(pages[0].contains("Total amount"))
        // The 2024 variant only: 120 rows, order 120 present, order 121 (2023) absent.
        let all = pages.joined()
        #expect(all.contains("120 rows"))
        #expect(all.range(of: #"(?m)^\s*120\s+Customer 1\s+180$"#, options: .regularExpression) != nil)
        #expect(all.range(of: #"(?m)^\s*121\s+Customer"#, options: .regularExpression) == nil)
        for page in pages.dropFirst() {
            let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            let header = lines.first?.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            #expect(header == ["id", "customer", "amount"], "continued page starts with \(lines.first ?? "nothing")")
        }
    }

    @Test("without --pdf no PDF is written; pdf_page_size letter is read, bad sizes are an error")
    func options() async throws {
        let p = try project()
        defer { p.remove() }
        try await p.build()
        #expect(!FileManager.default.fileExists(atPath: p.url.appendingPathComponent("out/index.pdf").path))
        try p.write("aiser.yml", "title: Ledger\noptions:\n  pdf_page_size: letter\n")
        #expect(try Project(at: p.url).config.pdfPageSize == .letter)
        try p.write("aiser.yml", "title: Ledger\noptions:\n  pdf_page_size: a3\n")
        let error = await p.buildError()
        #expect(error?.description.contains("pdf_page_size must be a4, letter or legal") == true)
    }

    @Test("letter paper, shown SQL only, templated pages each get a PDF")
    func letterAndSQL() async throws {
        let page = """
            ---
            title: "Year {{ params.year }}"
            params:
              year: SELECT DISTINCT year FROM orders ORDER BY year
            ---
            ```sql shown_query show
            SELECT COUNT(*) AS n FROM orders WHERE year = :year
            ```

            ```sql hidden_query
            SELECT 1 AS one
            ```

            Orders: {{ shown_query.n }}.
            """
        let p = try project()
        defer { p.remove() }
        try p.write("aiser.yml", "title: Ledger\noptions:\n  pdf_page_size: letter\n")
        try p.write("pages/years/[year].md", page)
        let out = p.url.appendingPathComponent("out")
        try await Builder(project: p.url, options: BuildOptions(output: out, useCache: false, pdf: true)).build()
        let pdf = out.appendingPathComponent("years/2023.pdf")
        let data = try Data(contentsOf: pdf)
        #expect(String(decoding: data, as: UTF8.self).contains("/MediaBox [ 0 0 612 792 ]"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("years/2024.pdf").path))
        guard let tool = Self.pdftotext() else {
            print("skipping the pdftotext checks: pdftotext (poppler) is not installed")
            return
        }
        let text = try Self.text(pdf, page: 1, tool: tool)
        #expect(text.contains("Year 2023"))
        #expect(text.contains("SQL: shown_query"))
        #expect(text.contains("Orders: 10."))
        #expect(!text.contains("hidden_query"))
    }
}
