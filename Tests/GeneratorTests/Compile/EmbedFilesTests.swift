import Engine
import Foundation
import Testing

@testable import Generator

@Suite("aiser build writes every chart as embeddable files")
struct EmbedFilesTests {
    static let page = """
        ---
        title: Regions
        ---
        ```sql by_region
        SELECT region, SUM(revenue) AS revenue FROM sales GROUP BY region ORDER BY revenue DESC
        ```

        ```chart
        type: bar
        data: by_region
        x: region
        y: revenue
        title: Revenue <by> region
        ```

        ```table
        data: by_region
        ```

        ```chart
        type: pie
        data: by_region
        x: region
        y: revenue
        title: Share
        ```
        """

    @Test("out/embed/<page>/<n>.html and .svg for the n-th chart: the page's drawing, self-contained")
    func files() async throws {
        let p = try ProjectFixture([
            "aiser.yml": "title: Test site\ntheme: dark\n", "pages/regions.md": Self.page,
        ])
        defer { p.remove() }
        try p.sales()
        _ = try await p.build()
        let page = try p.read("out/regions.html")
        for n in [1, 2] {
            let svg = try p.read("out/embed/regions/\(n).svg")
            #expect(svg.hasPrefix("<svg") && svg.contains("xmlns=\"http://www.w3.org/2000/svg\""))
            let html = try p.read("out/embed/regions/\(n).html")
            #expect(html.hasPrefix("<!doctype html>") && html.contains(svg.prefix(60)))
            #expect(!html.contains("<script") && !html.contains("<link"))
            // The same drawing as the page's, in the project's theme.
            let marks = svg.components(separatedBy: "<rect").count
            #expect(marks > 2 && page.contains("#161B22") == svg.contains("#161B22"))
        }
        #expect(try p.read("out/embed/regions/1.svg").contains("Revenue &lt;by&gt; region"))
        #expect(try p.read("out/embed/regions/2.html").contains("<title>Share</title>"))
        #expect(!p.exists("out/embed/regions/3.svg"), "tables are not charts")
        #expect(try SelfContained.violations(in: p.url.appendingPathComponent("out/embed")) == [])
        #expect(try p.read("out/manifest.json").contains("\"path\": \"embed/regions/1.svg\""))
    }
}
