import Foundation
import Testing

@testable import Generator

@Suite("Markdown")
struct MarkdownTests {
    func render(_ md: String, allowHTML: Bool = false) throws -> String {
        let root = ProjectRoot(FileManager.default.temporaryDirectory)
        return try Markdown(
            allowHTML: allowHTML, images: ImageEmbedder(root: root, folder: "pages", page: "pages/x.md")
        ).html(md)
    }

    @Test("raw HTML is shown as text unless the project allows it")
    func rawHTML() throws {
        let md = "Hi <script>alert(1)</script> there\n\n<div onclick=\"x()\">block</div>\n"
        let safe = try render(md)
        #expect(!safe.contains("<script>"))
        #expect(!safe.contains("<div"))
        #expect(safe.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(safe.contains("&lt;div onclick=&quot;x()&quot;&gt;block&lt;/div&gt;"))
        let allowed = try render(md, allowHTML: true)
        #expect(allowed.contains("<script>alert(1)</script>"))
    }

    @Test("GitHub tables render and remote images become links")
    func gfm() throws {
        let html = try render("| a | b |\n|---|--:|\n| 1 | 2 |\n\n![logo](https://example.com/x.png)\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<td align=\"right\">2</td>"))
        #expect(!html.contains("<img"))
        #expect(html.contains("<a href=\"https://example.com/x.png\">logo</a>"))
    }
}
