import Engine
import Foundation
import Testing

@testable import Generator

@Suite("Incremental builds")
struct IncrementalBuildTests {
    @Test("a second build runs no query; changing one query reruns only it; changing data reruns all")
    func incremental() async throws {
        let p = try ProjectFixture([
            "pages/index.md":
                "```sql a\nSELECT COUNT(*) AS n FROM sales\n```\n\n```sql b\nSELECT SUM(revenue) AS r FROM sales\n```\n\n{{ a.n }} / {{ b.r }}\n",
            "pages/other.md": "```sql c\nSELECT MAX(revenue) AS m FROM sales\n```\n\n{{ c.m }}\n",
        ])
        defer { p.remove() }
        try p.sales()
        let first = try await p.build()
        #expect(first.executedQueries == 3)
        let manifest = try p.read("out/manifest.json")
        let second = try await p.build()
        #expect(try p.read("out/manifest.json") == manifest, "the manifest is reproducible")
        #expect(second.executedQueries == 0)
        #expect(second.queries == 3)
        #expect(try p.read("out/index.html").contains("5 / 455.5"))
        try p.write("pages/other.md", "```sql c\nSELECT MIN(revenue) AS m FROM sales\n```\n\n{{ c.m }}\n")
        let third = try await p.build()
        #expect(third.executedQueries == 1)
        #expect(try p.read("out/other.html").contains("<p>5</p>"))
        try FileManager.default.removeItem(at: p.url.appendingPathComponent("data/sales.sqlite"))
        try p.table("sales", columns: [("revenue", "REAL")], rows: [[1], [2]])
        let fourth = try await p.build()
        #expect(fourth.executedQueries == 3)
        #expect(try p.read("out/index.html").contains("2 / 3"))
    }
}
