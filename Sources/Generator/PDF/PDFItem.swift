/// One thing the PDF compositor places on a page, in page order. Prose keeps its inline
/// formatting as runs; tables carry their formatted cells.
enum PDFItem: Sendable {
    case heading(level: Int, runs: [PDFRun])
    /// A paragraph, or a block of a list item or block quote (`nesting`).
    case paragraph([PDFRun], PDFNesting)
    /// A small grey line (filters, table footers).
    case note(String)
    case kpi(PDFKPI)
    /// A chart SVG document drawn at `width`×`height` (scaled to the content width).
    case chart(svg: String, width: Double, height: Double)
    case table(PDFTable)
    /// Monospaced text (shown SQL, fenced code).
    case code(String, PDFNesting)
    /// A thematic break (`---`).
    case rule(PDFNesting)

    /// A heading of plain text.
    static func heading(level: Int, text: String) -> PDFItem { .heading(level: level, runs: [PDFRun(text: text)]) }
}
