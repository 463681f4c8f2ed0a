import Testing

@testable import Generator

@Suite("aiser.yml")
struct ProjectConfigTests {
    @Test("reads title, theme, sources and options")
    func reads() throws {
        let c = try ProjectConfig(
            yaml: """
                title: Sales
                theme: dark
                sources:
                  sales: data/sales.csv
                  book: {path: data/book.xlsx, sheet: Q1}
                options:
                  allow_html: true
                  max_variants: 8
                """, path: "aiser.yml")
        #expect(c.title == "Sales")
        #expect(c.theme == .dark)
        #expect(
            c.sources == [
                SourceSpec(table: "sales", path: "data/sales.csv"),
                SourceSpec(table: "book", path: "data/book.xlsx", sheet: "Q1"),
            ])
        #expect(c.allowHTML)
        #expect(c.maxVariants == 8)
    }

    @Test("an unknown key names its line and column")
    func unknownKey() {
        #expect(
            throws: GeneratorError(
                path: "aiser.yml", line: 2, column: 1,
                "unknown key 'colour' in aiser.yml (expected one of title, theme, sources, options)")
        ) {
            try ProjectConfig(yaml: "title: x\ncolour: red\n", path: "aiser.yml")
        }
    }

    @Test("a bad theme value points at the value")
    func badTheme() {
        #expect(
            throws: GeneratorError(
                path: "aiser.yml", line: 1, column: 8, "theme must be light, dark or auto, not 'pink'")
        ) {
            try ProjectConfig(yaml: "theme: pink", path: "aiser.yml")
        }
    }

    @Test("invalid YAML is located")
    func invalid() {
        do {
            _ = try ProjectConfig(yaml: "title: [unclosed\n", path: "aiser.yml")
            Issue.record("expected an error")
        } catch let e as GeneratorError {
            #expect(e.path == "aiser.yml")
            #expect(e.line != nil)
            #expect(e.message.hasPrefix("invalid YAML"))
        } catch { Issue.record("\(error)") }
    }
}
