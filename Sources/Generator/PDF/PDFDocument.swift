import Engine
import Foundation

/// Turns a page's PDF items into a paginated vector PDF (one SVG per page through
/// `Raster.pdf`, text kept as text).
struct PDFDocument {
    var layout: PDFLayout
    var footer: String

    func data(_ items: [PDFItem], at path: String) throws -> Data {
        let pages = layout.pages(items)
        let renderer = PDFPageRenderer(layout: layout, footer: footer)
        let svgs = pages.enumerated().map { renderer.svg($1, number: $0 + 1, of: pages.count) }
        do {
            return try Raster.pdf(pages: svgs, pageWidth: layout.width, pageHeight: layout.height, margin: 0)
        } catch {
            throw GeneratorError(path: path, "cannot draw the PDF: \(error)")
        }
    }
}
