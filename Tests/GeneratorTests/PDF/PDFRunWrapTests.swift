import Engine
import Testing

@testable import Generator

@Suite("PDF line wrapping across runs of different fonts")
struct PDFRunWrapTests {
    let runs = [
        PDFRun(text: "Start with "), PDFRun(text: "bold", bold: true), PDFRun(text: ", then "),
        PDFRun(text: "code()", code: true), PDFRun(text: " and more words to wrap across the lines"),
    ]

    @Test("lines stay within the width, keep every word, and a word spanning runs stays whole")
    func wrap() {
        let lines = PDFText.wrap(runs, width: 90, style: .body)
        #expect(lines.count > 2)
        #expect(
            lines.map(\.text).joined(separator: " ")
                == "Start with bold, then code() and more words to wrap across the lines"
        )
        for line in lines { #expect(line.width <= 90, "\(line.text) is \(line.width) pt") }
        #expect(lines.contains { $0.text.hasSuffix("bold,") || $0.text.contains("bold, ") })
        #expect(!lines.contains { $0.text.hasPrefix(",") })
    }

    @Test("each span is measured in its own font: bold DejaVu Sans, mono at 0.9 size")
    func measure() throws {
        let line = try #require(PDFText.wrap(runs, width: 1000, style: .body).first)
        let bold = try #require(line.spans.first { $0.run.bold })
        #expect(bold.run.text == "bold")
        #expect(abs(bold.width - TextMetrics.width("bold", size: 10, bold: true)) < 1e-9)
        #expect(bold.width > TextMetrics.width("bold", size: 10))
        let code = try #require(line.spans.first { $0.run.code })
        #expect(abs(code.width - 6 * 10 * 0.9 * 0.602) < 1e-9)
        // Spans follow each other: each starts where the previous ends (plus a space when apart).
        let start = try #require(line.spans.first)
        #expect(start.run.text == "Start with")
        let space = TextMetrics.width(" ", size: 10)
        #expect(abs(bold.x - (start.width + space)) < 1e-9)
        #expect(line.spans.count == 5)
    }

    @Test("a hard break starts a new line; a word wider than the line breaks between characters")
    func breaks() {
        let lines = PDFText.wrap(
            [PDFRun(text: "one"), .lineBreak, PDFRun(text: "two", italic: true)], width: 300, style: .body)
        #expect(lines.map(\.text) == ["one", "two"])
        let long = PDFText.wrap([PDFRun(text: String(repeating: "w", count: 80), code: true)], width: 100, style: .body)
        #expect(long.count > 2)
        #expect(long.map(\.text).joined() == String(repeating: "w", count: 80))
        for line in long { #expect(line.width <= 100) }
    }
}
