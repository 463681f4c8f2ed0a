import Foundation
import Testing

@testable import Generator

@Suite("Block rendering")
struct BlockRenderingTests {
    func page(_ markdown: String, config: String? = nil) async throws -> String {
        var files = ["pages/index.md": markdown]
        if let config { files["aiser.yml"] = config }
        let p = try ProjectFixture(files)
        defer { p.remove() }
        try p.sales()
        try await p.build()
        return try p.read("out/index.html")
    }

    @Test("sql blocks are hidden unless shown by the fence, the page or the project")
    func sqlShow() async throws {
        let hidden = try await page("```sql q\nSELECT 1 AS a\n```\n")
        #expect(!hidden.contains("details class=\"sql\""))
        let shown = try await page("```sql q show\nSELECT 1 AS a\n```\n")
        #expect(
            shown.contains(
                "<details class=\"sql\"><summary>SQL: q</summary><pre><code>SELECT 1 AS a</code></pre></details>"))
        let byPage = try await page("---\nshow_sql: true\n---\n```sql q\nSELECT 1 AS a\n```\n")
        #expect(byPage.contains("<summary>SQL: q</summary>"))
        let byProject = try await page("```sql q\nSELECT 1 AS a\n```\n", config: "options:\n  show_sql: true\n")
        #expect(byProject.contains("<summary>SQL: q</summary>"))
    }

    @Test("kpi: value, delta against a comparison column, sparkline")
    func kpi() async throws {
        let html = try await page(
            "```sql k\nSELECT 150 AS now, 120 AS before\n```\n\n```sql trend\nSELECT revenue FROM sales ORDER BY rowid\n```\n\n```kpi\ndata: k\nvalue: now\ntitle: Orders\ncomparison: before\nsparkline: trend.revenue\n```\n"
        )
        #expect(html.contains("<figure class=\"kpi\"><figcaption>Orders</figcaption><p class=\"kpi-value\">150</p>"))
        #expect(html.contains("<p class=\"kpi-delta up\">▲ 25.0% <span>vs 120</span></p>"))
        #expect(html.contains("<svg class=\"sparkline\" role=\"img\" aria-label=\"Trend of Orders\""))
        // Coordinates as Engine's SVGWriter writes them (the chart renderer's and the PDF's way).
        #expect(html.contains("stroke-linejoin=\"round\" points=\"0,19.16 30,2 60,21.45 90,28.29 120,30\""))
        #expect(html.contains("<circle cx=\"120\" cy=\"30\" r=\"2\" fill=\"currentColor\"/></svg>"))
    }

    @Test("table: limit, per-column titles and formats, right-aligned numbers, CSV link")
    func table() async throws {
        let html = try await page(
            "```sql t\nSELECT region, revenue FROM sales ORDER BY revenue DESC\n```\n\n```table\ndata: t\nlimit: 2\ntitle: Top\ncolumns:\n  - column: revenue\n    title: Rev\n    format: number:0\n```\n"
        )
        #expect(html.contains("<figcaption>Top</figcaption>"))
        #expect(html.contains("<th scope=\"col\" class=\"num\">Rev</th>"))
        #expect(html.contains("<tr><td class=\"num\">251</td></tr><tr><td class=\"num\">100</td></tr></tbody>"))
        #expect(html.contains("2 of 5 rows · <a href=\"data/index/t.csv\" download>CSV</a>"))
    }

    @Test("dropdown input with options from a query and a default")
    func dropdown() async throws {
        let html = try await page(
            "```sql regions\nSELECT DISTINCT region FROM sales ORDER BY region\n```\n\n```input\nname: region\noptions: regions\ndefault: South\n```\n\n```sql n\nSELECT COUNT(*) AS n FROM sales WHERE region = :region\n```\n\n{{ inputs.region }} has {{ n.n }}.\n"
        )
        #expect(
            html.contains(
                "<details class=\"input dropdown\"><summary><span class=\"input-label\">Region</span> South</summary>"))
        #expect(html.contains("id=\"in-region-2\" checked"))
        #expect(html.contains("East West has 1."))
        #expect(html.contains("North has 2."))
    }

    @Test("charts: inline SVG with unique ids, light and dark drawings for the auto theme")
    func chart() async throws {
        let md =
            "```sql m\nSELECT month, SUM(revenue) AS revenue FROM sales GROUP BY month ORDER BY month\n```\n\n```chart\ntype: bar\ndata: m\nx: month\ny: revenue\ntitle: By month\n```\n\n```chart\ntype: line\ndata: m\nx: month\ny: revenue\n```\n"
        let auto = try await page(md)
        #expect(auto.components(separatedBy: "<svg").count - 1 == 4)
        #expect(auto.contains("<div class=\"chart-light\"><svg"))
        #expect(auto.contains("<div class=\"chart-dark\"><svg"))
        #expect(auto.contains("aria-labelledby=\"chart-5-light-title chart-5-light-desc\""))
        #expect(auto.contains("id=\"chart-13-dark-title\""))
        #expect(!auto.contains("id=\"chart-title\""))
        #expect(auto.contains("<title id=\"chart-5-light-title\">By month</title>"))
        #expect(auto.contains("<a href=\"data/index/m.csv\" download>Data (CSV)</a>"))
        let light = try await page(md, config: "theme: light\n")
        #expect(light.components(separatedBy: "<svg").count - 1 == 2)
        #expect(!light.contains("<div class=\"chart-dark\">"))
    }

    @Test("chart mistakes are located at the block")
    func chartErrors() async throws {
        let p = try ProjectFixture([
            "pages/index.md": "```sql m\nSELECT 1 AS a\n```\n\n```chart\ntype: bar\ndata: m\nx: a\ny: b\n```\n"
        ])
        defer { p.remove() }
        try p.sales()
        #expect(await p.buildError()?.description.hasPrefix("pages/index.md:5:1: chart of 'm': ") == true)
        try p.write("pages/index.md", "```chart\ntype: radar\ndata: m\n```\n")
        #expect(await p.buildError()?.description.hasPrefix("pages/index.md:2:7: unknown chart type 'radar'") == true)
    }

    @Test("hidden pages are built but not in the navigation; folders are sections")
    func navigation() async throws {
        let p = try ProjectFixture([
            "pages/index.md": "# Home\n", "pages/secret.md": "---\nhidden: true\n---\nx\n",
            "pages/team/people.md": "---\ntitle: People\n---\nx\n",
        ])
        defer { p.remove() }
        try await p.build()
        let home = try p.read("out/index.html")
        #expect(!home.contains("description"), "no description, no meta tag or lede")
        #expect(!home.contains("class=\"lede\""))
        #expect(p.exists("out/secret.html"))
        #expect(!home.contains("secret.html"))
        #expect(
            home.contains(
                "<li class=\"section\"><span>Team</span><ul><li><a href=\"team/people.html\">People</a></li></ul></li>")
        )
        #expect(try p.read("out/team/people.html").contains("<a href=\"../index.html\">Home</a>"))
    }

    @Test("local images are embedded as data URIs; images outside the project are refused")
    func images() async throws {
        let p = try ProjectFixture(["pages/index.md": "![dot](img/dot.png)\n"])
        defer { p.remove() }
        try FileManager.default.createDirectory(
            at: p.url.appendingPathComponent("pages/img"), withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: p.url.appendingPathComponent("pages/img/dot.png"))
        try await p.build()
        #expect(try p.read("out/index.html").contains("<img src=\"data:image/png;base64,iVBORw==\" alt=\"dot\" />"))
        try p.write("pages/index.md", "![x](../../outside.png)\n")
        #expect(await p.buildError()?.message == "image '../../outside.png' is outside the project")
    }
}
