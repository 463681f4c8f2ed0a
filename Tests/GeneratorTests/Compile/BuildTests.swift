import Engine
import Foundation
import Testing

@testable import Generator

@Suite("Building a project")
struct BuildTests {
    static let overview = """
        ---
        title: Overview
        description: Revenue at a glance.
        ---
        # Revenue

        ```sql totals
        SELECT SUM(revenue) AS revenue, COUNT(*) AS orders FROM sales
        ```

        ```sql by_region
        SELECT region, SUM(revenue) AS revenue FROM sales GROUP BY region ORDER BY revenue DESC
        ```

        ```sql top
        SELECT region FROM by_region LIMIT 1
        ```

        Total **{{ totals.revenue | currency }}** over {{ totals.orders }} orders; best region {{ top.region }}.

        ```kpi
        data: totals
        value: revenue
        title: Revenue
        format: currency
        ```

        {{#each by_region}}
        - {{ region }}: {{ revenue | number }}
        {{/each}}

        ```table
        data: by_region
        columns:
          - region
          - column: revenue
            title: Revenue
            format: currency
        ```
        """

    @Test("a small project builds to the golden page, exports and manifest")
    func golden() async throws {
        let p = try ProjectFixture(["aiser.yml": "title: Test site\ntheme: light\n", "pages/index.md": Self.overview])
        defer { p.remove() }
        try p.sales()
        let report = try await p.build()
        #expect(report.pages == 1)
        #expect(report.queries == 3)
        try Golden.check(try p.read("out/index.html"), "small/index.html")
        #expect(try SelfContained.violations(in: p.url.appendingPathComponent("out")) == [])
        #expect(try p.read("out/data/index/by_region.csv") == "region,revenue\nNorth,350.5\nSouth,100\nEast West,5\n")
        #expect(try p.read("out/data/index/top.json") == "[\n  {\"region\": \"North\"}\n]\n")
        let manifest = try p.read("out/manifest.json")
        #expect(manifest.contains("\"path\": \"index.html\""))
        #expect(manifest.contains("\"name\": \"by_region\""))
    }

    @Test("templated pages: one page per value, bound parameter, slugged names, params in text")
    func templated() async throws {
        let page = """
            ---
            title: "Region {{ params.region }}"
            params:
              region: SELECT DISTINCT region FROM sales ORDER BY region
            ---
            Sales in {{ params.region }}.

            ```sql rows
            SELECT product, revenue FROM sales WHERE region = :region ORDER BY product
            ```

            ```table
            data: rows
            ```
            """
        let p = try ProjectFixture(["pages/index.md": "# Home\n", "pages/regions/[region].md": page])
        defer { p.remove() }
        try p.table(
            "sales", columns: [("region", "TEXT"), ("product", "TEXT"), ("revenue", "REAL")],
            rows: [
                ["North", "A", 1], ["O'Brien <x>", "B", 2], ["North", "C", 3],
            ])
        let report = try await p.build()
        #expect(report.pages == 3)
        let north = try p.read("out/regions/north.html")
        #expect(north.contains("<title>Region North"))
        #expect(north.contains("Sales in North."))
        #expect(north.contains("<td>A</td>") && north.contains("<td>C</td>") && !north.contains("<td>B</td>"))
        let odd = try p.read("out/regions/o-brien-x.html")
        #expect(odd.contains("Sales in O’Brien &lt;x&gt;.") || odd.contains("Sales in O&#39;Brien &lt;x&gt;."))
        #expect(odd.contains("<td>B</td>"))
        #expect(try p.read("out/data/regions/north/rows.csv") == "product,revenue\nA,1\nC,3\n")
        #expect(north.contains("href=\"../index.html\""))
    }

    @Test("inputs switch precomputed variants with CSS only")
    func inputs() async throws {
        let page = """
            ```input
            name: region
            type: buttons
            options: [North, South]
            ```

            ```sql picked
            SELECT SUM(revenue) AS revenue FROM sales WHERE region = :region
            ```

            Revenue {{ picked.revenue }} in {{ inputs.region }}.
            """
        let p = try ProjectFixture(["pages/index.md": page])
        defer { p.remove() }
        try p.sales()
        let report = try await p.build()
        #expect(report.queries == 2)
        let html = try p.read("out/index.html")
        #expect(!html.contains("<script"))
        #expect(try SelfContained.violations(in: p.url.appendingPathComponent("out")) == [])
        #expect(
            html.contains("<input type=\"radio\" class=\"variant-radio\" name=\"in-region\" id=\"in-region-0\" checked")
        )
        #expect(html.contains("#in-region-1:checked ~ .v1"))
        #expect(html.contains("Revenue 350.5 in North."))
        #expect(html.contains("Revenue 100 in South."))
        #expect(try p.read("out/data/index/picked.csv") == "revenue\n350.5\n")
        #expect(try p.read("out/data/index/picked--south.csv") == "revenue\n100\n")
    }

    @Test("more input combinations than max_variants is a clear error")
    func variantCap() async throws {
        let page = "x\n\n```input\nname: a\noptions: [1, 2, 3]\n```\n\n```input\nname: b\noptions: [1, 2, 3]\n```\n"
        let p = try ProjectFixture(["aiser.yml": "options:\n  max_variants: 8\n", "pages/index.md": page])
        defer { p.remove() }
        let e = await p.buildError()
        #expect(
            e?.description
                == "pages/index.md:3:1: the inputs of this page make 9 combinations, more than max_variants (8); reduce the options or raise options.max_variants in aiser.yml"
        )
    }

    @Test("data values and raw HTML are escaped")
    func escaping() async throws {
        let page =
            "<script>alert(1)</script>\n\n```sql v\nSELECT '<b>bold</b>' AS x\n```\n\nValue: {{ v.x }}\n\n```table\ndata: v\n```\n"
        let p = try ProjectFixture(["pages/index.md": page])
        defer { p.remove() }
        try await p.build()
        let html = try p.read("out/index.html")
        #expect(!html.contains("<b>bold</b>"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("Value: &lt;b&gt;bold&lt;/b&gt;"))
        #expect(html.contains("<td>&lt;b&gt;bold&lt;/b&gt;</td>"))
    }

    @Test("validate checks everything and writes nothing")
    func validate() async throws {
        let p = try ProjectFixture(["pages/index.md": Self.overview])
        defer { p.remove() }
        try p.sales()
        let report = try await p.build(write: false)
        #expect(report.queries == 3)
        #expect(!p.exists("out"))
    }
}
