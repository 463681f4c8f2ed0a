import Foundation
import TestSupport
import Testing

@Suite("aiser init, build and validate")
struct BuildCommandTests {
    @Test("init makes a starter that builds and validates")
    func starter() throws {
        let dir = try TemporaryDirectory("aiser-cli")
        defer { dir.remove() }
        let project = dir.path("demo")
        let created = try AiserBinary.run(["init", project])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(FileManager.default.fileExists(atPath: project + "/pages/index.md"))
        #expect(FileManager.default.fileExists(atPath: project + "/.gitignore"))
        let validated = try AiserBinary.run(["validate", project])
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.hasPrefix("OK: 1 page, 2 queries"))
        #expect(!FileManager.default.fileExists(atPath: project + "/out"))
        let built = try AiserBinary.run(["build", project])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.hasPrefix("Built 1 page, 2 queries"))
        let html = try String(contentsOfFile: project + "/out/index.html", encoding: .utf8)
        #expect(html.contains("<h1 class=\"page-title\">Sales overview</h1>"))
        #expect(FileManager.default.fileExists(atPath: project + "/out/data/index/by_region.csv"))
        let again = try AiserBinary.run(["init", project])
        #expect(again.status == 1)
        #expect(again.stderr.contains("the folder is not empty"))
    }

    @Test("a broken page fails with file:line:column and status 1; --out is honoured")
    func failure() throws {
        let dir = try TemporaryDirectory("aiser-cli")
        defer { dir.remove() }
        try dir.write("p/pages/index.md", "# Hi\n\n```sql q\nSELECT 1 AS n\n```\n\n{{ q.n }}\n")
        let ok = try AiserBinary.run(["build", dir.path("p"), "--out", dir.path("site")])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path("site/index.html")))
        try dir.write("p/pages/index.md", "# Hi\n\n```sql q\nSELECT FROM\n```\n")
        let bad = try AiserBinary.run(["build", dir.path("p"), "--out", dir.path("site")])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("error: pages/index.md:4:"))
        let check = try AiserBinary.run(["validate", dir.path("p")])
        #expect(check.status == 1)
        #expect(check.stderr.hasPrefix("error: pages/index.md:4:"))
    }
}
