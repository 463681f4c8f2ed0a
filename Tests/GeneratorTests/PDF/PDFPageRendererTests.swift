import Foundation
import Testing

@testable import Generator

@Suite("PDF page drawing")
struct PDFPageRendererTests {
    let layout = PDFLayout(size: .a4)

    func svg(_ items: [PDFItem]) -> String {
        let pages = layout.pages(items)
        return PDFPageRenderer(layout: layout, footer: "f").svg(pages[0], number: 1, of: 1)
    }

    @Test("spans get their font: bold, italic, mono with a background, links in <a> for http(s) only")
    func spans() {
        let svg = svg([
            .paragraph(
                [
                    PDFRun(text: "b", bold: true), PDFRun(text: " i", italic: true), PDFRun(text: " c", code: true),
                    PDFRun(text: " web", link: "https://example.com/?a=1&b=<2>"),
                    PDFRun(text: " js", link: "javascript:alert(1)"), PDFRun(text: " rel", link: "other.html"),
                ], .top)
        ])
        #expect(svg.contains("font-weight=\"bold\">b</text>"))
        #expect(svg.contains("font-style=\"italic\">i</text>"))
        #expect(svg.contains("font-family=\"DejaVu Sans Mono, monospace\">c</text>"))
        #expect(svg.contains("fill=\"#eff1f3\""))
        #expect(svg.contains("<a href=\"https://example.com/?a=1&amp;b=&lt;2&gt;\"><text"))
        #expect(!svg.contains("javascript"))
        #expect(!svg.contains("href=\"other.html\""))
        #expect(svg.components(separatedBy: "fill=\"#0969da\"").count == 4)
    }

    @Test("a KPI with a series draws a polyline of its points and a dot on the last one")
    func sparkline() {
        let kpi = PDFKPI(label: "Total", value: "42", delta: nil, sparkline: [1, 3, 2, 5])
        let with = svg([.kpi(kpi)])
        let points = Sparkline.points(
            [1, 3, 2, 5], width: PDFPageRenderer.sparkWidth, height: PDFPageRenderer.sparkHeight)
        #expect(points.count == 4)
        #expect(points.last?.y == 2 && points[0].y == PDFPageRenderer.sparkHeight - 2)
        let polyline = with.components(separatedBy: "<polyline").dropFirst().first ?? ""
        let list = polyline.components(separatedBy: "points=\"").dropFirst().first?.prefix { $0 != "\"" } ?? ""
        #expect(list.split(separator: " ").count == 4)
        #expect(with.contains("<circle"))
        var plain = kpi
        plain.sparkline = []
        let without = svg([.kpi(plain)])
        #expect(!without.contains("<polyline") && !without.contains("<circle"))
    }
}
