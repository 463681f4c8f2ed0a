import Foundation
import Testing

@testable import Generator

@Suite("Sources in every format")
struct SourceFormatsTests {
    static let engineFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("EngineTests/Fixtures")

    @Test("CSV, NDJSON and an XLSX sheet named in aiser.yml load as tables")
    func formats() async throws {
        let p = try ProjectFixture([
            "aiser.yml":
                "sources:\n  people: data/people.csv\n  events: data/events.ndjson\n  book: {path: data/book.xlsx, sheet: Sparse}\n",
            "data/people.csv": "name,age\nAda,36\nGrace,45\n",
            "data/events.ndjson": "{\"kind\": \"a\", \"n\": 2}\n{\"kind\": \"b\", \"n\": 5}\n",
            "pages/index.md":
                "```sql q\nSELECT (SELECT SUM(age) FROM people) AS ages, (SELECT SUM(n) FROM events) AS n,\n  (SELECT SUM(score) FROM book) AS score, (SELECT COUNT(id) FROM book) AS ids\n```\n\n{{ q.ages }}/{{ q.n }}/{{ q.score }}/{{ q.ids }}\n",
        ])
        defer { p.remove() }
        try FileManager.default.copyItem(
            at: Self.engineFixtures.appendingPathComponent("xlsx/openpyxl_multi.xlsx"),
            to: p.url.appendingPathComponent("data/book.xlsx"))
        try await p.build()
        #expect(try p.read("out/index.html").contains("<p>81/7/8.5/2</p>"))
    }

    @Test("without sources, every file under data/ is a table named after its stem")
    func discovery() async throws {
        let p = try ProjectFixture([
            "data/Sales 2024.csv": "x\n1\n2\n", "data/sub/more.tsv": "y\tz\n3\t4\n",
            "pages/index.md":
                "```sql q\nSELECT (SELECT SUM(x) FROM sales_2024) AS a, (SELECT y FROM more) AS b\n```\n\n{{ q.a }}-{{ q.b }}\n",
        ])
        defer { p.remove() }
        try await p.build()
        #expect(try p.read("out/index.html").contains("<p>3-3</p>"))
    }

    @Test("a bad data file fails with its path, line and column")
    func badFile() async throws {
        let p = try ProjectFixture([
            "data/broken.json": "[{\"a\": 1}, {\"a\": ]\n", "pages/index.md": "```sql q\nSELECT * FROM broken\n```\n",
        ])
        defer { p.remove() }
        let e = await p.buildError()
        #expect(e?.path == "data/broken.json", "\(String(describing: e))")
        #expect(e?.line == 1)
        #expect(e?.column != nil)
    }
}
