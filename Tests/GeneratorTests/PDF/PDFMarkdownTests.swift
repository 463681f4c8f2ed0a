import Testing

@testable import Generator

@Suite("PDF prose from the Markdown tree")
struct PDFMarkdownTests {
    func items(_ md: String, allowHTML: Bool = false, blocks: [[PDFItem]] = [], values: [String] = []) -> [PDFItem] {
        PDFMarkdown(allowHTML: allowHTML, blocks: blocks, values: values).items(md)
    }

    /// Each paragraph as (marker, left indent, quote rules, text).
    func paragraphs(_ items: [PDFItem]) -> [(String?, Double, [Double], String)] {
        items.compactMap {
            guard case .paragraph(let runs, let n) = $0 else { return nil }
            return (n.marker, n.left, n.rules, runs.map(\.text).joined())
        }
    }

    @Test("strong, emph, code, strikethrough and links keep their style as runs")
    func inline() {
        let items = items(
            "# Sales **now**\n\nSee [the *report*](https://example.com/r) for `details`, ~~old~~ new.\nMore.\n")
        #expect(items.count == 2)
        guard case .heading(1, let heading) = items.first, case .paragraph(let runs, let nesting) = items.last else {
            Issue.record("expected a heading and a paragraph, got \(items)")
            return
        }
        #expect(heading == [PDFRun(text: "Sales "), PDFRun(text: "now", bold: true)])
        #expect(nesting == .top)
        let link = "https://example.com/r"
        #expect(
            runs == [
                PDFRun(text: "See "), PDFRun(text: "the ", link: link),
                PDFRun(text: "report", italic: true, link: link),
                PDFRun(text: " for "), PDFRun(text: "details", code: true), PDFRun(text: ", "),
                PDFRun(text: "old", strike: true), PDFRun(text: " new."), PDFRun(text: " "), PDFRun(text: "More."),
            ])
    }

    @Test("bullet, numbered and task lists nest with their markers and indents")
    func lists() {
        let items = items(
            "- one\n  - inner *a*\n    - deepest\n  - inner b\n- two\n\n1. first\n2. second\n\n- [x] done\n- [ ] todo\n"
        )
        let got = paragraphs(items)
        let expected: [(String, Double, String)] = [
            ("•", 16, "one"), ("◦", 32, "inner a"), ("▪", 48, "deepest"), ("◦", 32, "inner b"), ("•", 16, "two"),
            ("1.", 16, "first"), ("2.", 16, "second"), ("☑", 16, "done"), ("☐", 16, "todo"),
        ]
        #expect(got.count == expected.count)
        for (g, e) in zip(got, expected) {
            #expect(g.0 == e.0 && g.1 == e.1 && g.3 == e.2, "\(g) is not \(e)")
        }
    }

    @Test("block quotes, rules, fenced code, raw HTML as text, image alt text, GFM tables")
    func blocks() {
        let md = """
            > quoted **b**
            >
            > > deeper

            ---

            ```swift
            let x = 1
            ```

            <div>raw</div>

            Inline <b>tag</b> and ![a chart](pic.png).

            | Region | Revenue |
            |:--|--:|
            | North | 1,200 |
            | South | 300 |
            """
        let items = items(md)
        #expect(items.count == 7)
        let p = paragraphs(items)
        #expect(p.map { $0.3 } == ["quoted b", "deeper", "<div>raw</div>", "Inline <b>tag</b> and a chart."])
        #expect(p.map { $0.1 } == [12, 24, 0, 0])
        #expect(p.map { $0.2 } == [[3], [3, 15], [], []])
        if case .rule(let n) = items[2] { #expect(n == .top) } else { Issue.record("no rule: \(items[2])") }
        if case .code(let code, _) = items[3] { #expect(code == "let x = 1") } else { Issue.record("no code") }
        if case .paragraph(let runs, _) = items[5] {
            #expect(runs.last(where: { $0.text == "a chart" })?.italic == true)
        }
        guard case .table(let table) = items[6] else {
            Issue.record("no table: \(items[6])")
            return
        }
        #expect(table.headers == ["Region", "Revenue"])
        #expect(table.numeric == [false, true])
        #expect(table.rows == [["North", "1,200"], ["South", "300"]])
        #expect(table.footer == nil)
        let allowed = paragraphs(self.items(md, allowHTML: true)).map { $0.3 }
        #expect(allowed == ["quoted b", "deeper", "Inline tag and a chart."])
    }

    @Test("a block token paragraph becomes the block's items; values fill text and links literally")
    func placeholders() {
        let md = "Total: AISERVAL0Z\n\nAISERBLOCK0Z\n\nAfter [x](AISERVAL1Z)\n"
        let items = items(md, blocks: [[.note("the block")]], values: ["**42**", "https://v.test/a"])
        #expect(items.count == 3)
        #expect(paragraphs(items).map { $0.3 } == ["Total: **42**", "After x"])
        if case .note(let text) = items[1] { #expect(text == "the block") } else { Issue.record("no block") }
        if case .paragraph(let runs, _) = items[2] { #expect(runs.last?.link == "https://v.test/a") }
    }
}
