import Engine
import Foundation
import Testing

@testable import Generator

@Suite("Build errors")
struct BuildErrorTests {
    /// Builds `page` as pages/index.md over the sales table and returns the error.
    func error(_ page: String, config: String? = nil) async throws -> GeneratorError? {
        var files = ["pages/index.md": page]
        if let config { files["aiser.yml"] = config }
        let p = try ProjectFixture(files)
        defer { p.remove() }
        try p.sales()
        return await p.buildError()
    }

    @Test(
        "a SQL error points into the SQL block",
        arguments: [
            (
                "# T\n\n```sql q\nSELECT region,\n  FROM sales\n```\n",
                "pages/index.md:5:3: query 'q': near \"FROM\": syntax error"
            ),
            ("```sql q\nSELECT * FROM nowhere\n```\n", "pages/index.md:2:15: query 'q': no such table: nowhere"),
            ("```sql q\nSELECT nope FROM sales\n```\n", "pages/index.md:2:8: query 'q': no such column: nope"),
            (
                "```sql q\nDELETE FROM sales\n```\n",
                "pages/index.md:1:1: query 'q': not allowed in a read-only query: DELETE"
            ),
        ])
    func sqlErrors(page: String, expected: String) async throws {
        #expect(try await error(page)?.description == expected)
    }

    @Test(
        "block mistakes are located at the block",
        arguments: [
            (
                "```sql q\nSELECT 1 AS a\n```\n\n```table\ndata: q\ncolumns: [b]\n```\n",
                "pages/index.md:5:1: query 'q' has no column 'b' (columns: a)"
            ),
            ("```table\ndata: missing\n```\n", "pages/index.md:1:1: no query named 'missing' on this page"),
            (
                "```kpi\ndata: q\nvalue: a\nformat: money\n```\n",
                "pages/index.md:4:9: unknown format 'money' (expected one of number, currency, percent, compact, date)"
            ),
            (
                "```table\ndata: q\nrows: 3\n```\n",
                "pages/index.md:3:1: unknown key 'rows' in a table block (expected one of data, columns, limit, title)"
            ),
            ("```sql\nSELECT 1\n```\n", "pages/index.md:1:1: a sql block needs a name: ```sql NAME"),
            (
                "```sql a\nSELECT 1\n```\n```sql a\nSELECT 2\n```\n",
                "pages/index.md:4:1: a query named 'a' is already defined on this page"
            ),
            (
                "```input\nname: r\noptions: [a]\ndefault: b\n```\n",
                "pages/index.md:1:1: the default 'b' of input 'r' is not one of its options"
            ),
            ("Hello {{ nothing.x }}\n", "pages/index.md: the text uses 'nothing', which is not a query on this page"),
        ])
    func blockErrors(page: String, expected: String) async throws {
        #expect(try await error(page)?.description == expected)
    }

    @Test("a failed build leaves the previous output intact and exits the error")
    func previousOutputKept() async throws {
        let p = try ProjectFixture([
            "pages/index.md": "```sql q\nSELECT COUNT(*) AS n FROM sales\n```\n\n{{ q.n }} rows\n"
        ])
        defer { p.remove() }
        try p.sales()
        try await p.build()
        let before = try p.read("out/index.html")
        #expect(before.contains("5 rows"))
        try p.write("pages/index.md", "```sql q\nSELECT COUNT(*) AS n FROM salez\n```\n")
        let e = await p.buildError()
        #expect(e?.description == "pages/index.md:2:27: query 'q': no such table: salez")
        #expect(try p.read("out/index.html") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: p.url.path).filter { $0.hasPrefix(".out") }
        #expect(leftovers.isEmpty)
    }
}

@Suite("Paths stay inside the project")
struct PathContainmentTests {
    @Test(
        "sources with .. or absolute paths are refused",
        arguments: [
            (
                "sources:\n  s: ../outside.sqlite\n",
                "aiser.yml:1:1: the path '../outside.sqlite' may not use '..' to leave the project root"
            ),
            (
                "sources:\n  s: /etc/passwd\n",
                "aiser.yml:1:1: the path '/etc/passwd' must be relative to the project root"
            ),
            ("sources:\n  s: data/none.csv\n", "aiser.yml:1:1: source 's': no file at 'data/none.csv'"),
        ])
    func escapes(config: String, expected: String) async throws {
        let p = try ProjectFixture(["aiser.yml": config, "pages/index.md": "# x\n"])
        defer { p.remove() }
        #expect(await p.buildError()?.description == expected)
    }

    @Test("a symlink pointing outside the project is refused")
    func symlink() async throws {
        let outside = try ProjectFixture()
        defer { outside.remove() }
        try outside.table("secret", columns: [("x", "TEXT")], rows: [["s"]], file: "secret.sqlite")
        let p = try ProjectFixture(["pages/index.md": "# x\n"])
        defer { p.remove() }
        try FileManager.default.createDirectory(
            at: p.url.appendingPathComponent("data"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: p.url.appendingPathComponent("data/secret.sqlite").path,
            withDestinationPath: outside.url.appendingPathComponent("secret.sqlite").path)
        let e = await p.buildError()
        #expect(e?.path == "data/secret.sqlite")
        #expect(e?.message.contains("points outside the project root") == true)
        let page = try ProjectFixture(["pages/index.md": "# x\n"])
        defer { page.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: page.url.appendingPathComponent("pages/leak.md").path, withDestinationPath: "/etc/hostname")
        #expect(await page.buildError()?.message.contains("points outside the project root") == true)
    }
}
