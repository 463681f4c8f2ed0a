import Testing

@testable import Generator

@Suite("Page parsing")
struct PageParserTests {
    @Test("splits front matter, prose and blocks with their line numbers")
    func splits() throws {
        let text = """
            ---
            title: Overview
            order: 2
            ---
            # Hello

            ```sql monthly show
            SELECT 1 AS x
            ```
            Text after.
            ```python
            print("not an aiser block")
            ```
            """
        let (front, segments) = try PageParser.parse(text, path: "pages/index.md")
        #expect(front.title == "Overview")
        #expect(front.order == 2)
        #expect(segments.count == 4)
        guard case .prose(let first, let at) = segments[0], case .block(let block) = segments[1],
            case .prose(let last, let lastAt) = segments[2], case .code(let code) = segments[3]
        else {
            Issue.record("unexpected segments")
            return
        }
        #expect(first == "# Hello\n")
        #expect(at.line == 5)
        #expect(block.kind == "sql")
        #expect(block.arguments == ["monthly", "show"])
        #expect(block.body == "SELECT 1 AS x")
        #expect(block.fence.line == 7)
        #expect(block.bodyStart.line == 8)
        #expect(lastAt.line == 10)
        #expect(last == "Text after.")
        #expect(code == "```python\nprint(\"not an aiser block\")\n```\n")
    }

    @Test("an unclosed block is an error at its fence")
    func unclosed() {
        #expect(
            throws: GeneratorError(path: "p.md", line: 2, column: 1, "the ```table block starting here is not closed")
        ) {
            try PageParser.parse("x\n```table\ndata: a\n", path: "p.md")
        }
    }

    @Test("an unknown front matter key is located")
    func unknownFront() {
        #expect(
            throws: GeneratorError(
                path: "p.md", line: 3, column: 1,
                "unknown front matter key 'tilte' (expected one of title, description, order, hidden, params, show_sql)"
            )
        ) {
            try PageParser.parse("---\ntitle: a\ntilte: b\n---\n", path: "p.md")
        }
    }

    @Test("slugs are lowercase ASCII words joined by dashes")
    func slugs() {
        #expect(Slug.make("North East") == "north-east")
        #expect(Slug.make("Zürich/ 2024!") == "z-rich-2024")
        #expect(Slug.make("../etc") == "etc")
        #expect(Slug.make("***") == "_")
    }
}
