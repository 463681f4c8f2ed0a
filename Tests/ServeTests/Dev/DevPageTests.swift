import Foundation
import Generator
import TestSupport
import Testing

@testable import Serve

@Suite("Dev pages and reload script")
struct DevPageTests {
    @Test("the error page escapes the message and the source excerpt, and marks the error's line and column")
    func errorPage() throws {
        let dir = try TemporaryDirectory("aiser-devpage")
        defer { dir.remove() }
        try dir.write("pages/a.md", "line one\n```sql q\nSELECT \"<script>\" FROM t\n```\nline five\nline six\n")
        let error = GeneratorError(path: "pages/a.md", line: 3, column: 8, "no such column: <script>alert(1)</script>")
        let excerpt = try #require(SourceExcerpt(error, project: dir.url))
        #expect(excerpt.lines.map(\.number) == [1, 2, 3, 4, 5])
        let html = DevPage.buildError(error, excerpt: excerpt)
        #expect(!html.contains("<script"))
        #expect(html.contains("pages/a.md:3:8: no such column: &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(
            html.contains(
                "<span class=\"hit\"><span class=\"no\">3 │ </span>SELECT &quot;&lt;script&gt;&quot; FROM t\n"
                    + String(repeating: " ", count: 1 + 3 + 7) + "^</span>"))
        #expect(html.contains("<span class=\"no\">5 │ </span>line five"))
        #expect(!html.contains("line six"))
    }

    @Test("no excerpt for files outside the project, absolute paths, or lines past the end")
    func excerptOnlyInside() throws {
        let dir = try TemporaryDirectory("aiser-devpage")
        defer { dir.remove() }
        try dir.write("project/aiser.yml", "title: x\n")
        try dir.write("outside.md", "secret\n")
        let project = dir.url.appendingPathComponent("project")
        #expect(SourceExcerpt(GeneratorError(path: "../outside.md", line: 1, "x"), project: project) == nil)
        #expect(SourceExcerpt(GeneratorError(path: dir.path("outside.md"), line: 1, "x"), project: project) == nil)
        #expect(SourceExcerpt(GeneratorError(path: "aiser.yml", line: 9, "x"), project: project) == nil)
        #expect(SourceExcerpt(GeneratorError(path: "aiser.yml", "x"), project: project) == nil)
        #expect(SourceExcerpt(GeneratorError(path: "aiser.yml", line: 1, "x"), project: project)?.lines.count == 2)
        let page = DevPage.buildError(GeneratorError(path: "pages", "the project has no pages/ folder"), excerpt: nil)
        #expect(page.contains("<pre class=\"error\">pages: the project has no pages/ folder</pre>"))
    }

    @Test("the script goes just before the last </body>, or at the end; the version is reduced to a safe token")
    func inject() {
        let page = "<html><body><p>&lt;/body&gt;</p></body></html>"
        let script = ReloadScript.html(version: "ab12-3")
        #expect(
            ReloadScript.inject(into: page, version: "ab12-3")
                == "<html><body><p>&lt;/body&gt;</p>\(script)\n</body></html>")
        #expect(ReloadScript.inject(into: "<p>x</p>", version: "ab12-3") == "<p>x</p>" + script)
        #expect(script.contains("var v=\"ab12-3\""))
        #expect(ReloadScript.html(version: "a\"</script><b>-1").contains("var v=\"ascriptb-1\""))
        #expect(script.count < 400, "a few lines")
    }
}
