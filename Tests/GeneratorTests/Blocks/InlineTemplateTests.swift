import Engine
import Foundation
import Testing

@testable import Generator

@Suite("Inline values, loops and conditionals")
struct InlineTemplateTests {
    let results: [String: QueryResult] = [
        "totals": QueryResult(
            columns: [.init(name: "revenue", type: .decimal), .init(name: "orders", type: .integer)],
            rows: [[.real(1234.5), .integer(3)]]),
        "regions": QueryResult(
            columns: [.init(name: "region", type: .string), .init(name: "share", type: .decimal)],
            rows: [["North", 0.5], ["South", 0.25]]),
        "empty": QueryResult(columns: [.init(name: "x", type: .integer)], rows: []),
    ]

    func expand(_ text: String, params: [String: String] = [:]) throws -> String {
        let t = try InlineTemplate(parsing: text, origin: SourceLocation(path: "p.md", line: 10))
        var values: [String] = []
        var out = try t.expand(.init(results: results, params: params, inputs: [:]), values: &values)
        for (i, v) in values.enumerated().reversed() {
            out = out.replacingOccurrences(of: InlineTemplate.placeholder(i), with: v)
        }
        return out
    }

    @Test("values from the first row with filters")
    func values() throws {
        #expect(
            try expand("{{ totals.revenue | currency }} from {{totals.orders}} orders") == "$1,234.50 from 3 orders")
        #expect(try expand("{{ totals.revenue | number:0 }} / {{ totals.revenue | compact }}") == "1,235 / 1.2K")
        #expect(try expand("{{ regions.share | percent }}") == "50.0%")
    }

    @Test("loops repeat per row; bare names are the loop's columns")
    func loops() throws {
        #expect(
            try expand("{{#each regions}}- {{ region }}: {{ regions.share | percent }}\n{{/each}}")
                == "- North: 50.0%\n- South: 25.0%\n")
    }

    @Test("section tags alone on a line leave no blank lines")
    func standaloneTags() throws {
        #expect(
            try expand(
                "A\n{{#each regions}}\n- {{ region }}\n{{/each}}\nB\n  {{#if empty}}\nx\n  {{else}}\ny\n{{/if}}\n")
                == "A\n- North\n- South\nB\ny\n")
    }

    @Test("conditionals with else and comparisons")
    func conditionals() throws {
        #expect(try expand("{{#if totals.orders > 2}}many{{else}}few{{/if}}") == "many")
        #expect(try expand("{{#if totals.orders >= 4}}many{{else}}few{{/if}}") == "few")
        #expect(try expand("{{#if empty}}rows{{else}}none{{/if}}") == "none")
        #expect(try expand("{{#if totals.revenue > totals.orders}}more{{/if}}") == "more")
        #expect(try expand("{{#each regions}}{{#if region == 'South'}}S{{/if}}{{/each}}") == "S")
    }

    @Test("params and an escaped brace")
    func params() throws {
        #expect(
            try expand("Region {{ params.region }} \\{{ literal", params: ["region": "North"])
                == "Region North {{ literal")
    }

    @Test("errors name the line and column of the tag")
    func errors() {
        #expect(
            throws: GeneratorError(
                path: "p.md", line: 11, column: 3, "query 'totals' has no column 'profit' (columns: revenue, orders)")
        ) {
            try expand("x\nab{{ totals.profit }}")
        }
        #expect(
            throws: GeneratorError(
                path: "p.md", line: 10, column: 1, "'{{#each regions}}' is not closed by '{{/each}}'")
        ) {
            try expand("{{#each regions}} x")
        }
        #expect(
            throws: GeneratorError(
                path: "p.md", line: 10, column: 5,
                "unknown filter 'money' (expected one of number, currency, percent, compact, date, slug)")
        ) {
            try expand("abc {{ totals.revenue | money }}")
        }
    }
}
