/// One thing the PDF compositor places on a page, in page order. Text is plain (inline
/// Markdown formatting is dropped); tables carry their formatted cells.
enum PDFItem: Sendable {
    case heading(level: Int, text: String)
    case paragraph(String)
    /// A list item (bullet drawn before the text).
    case bullet(String)
    /// A small grey line (filters, table footers).
    case note(String)
    case kpi(label: String, value: String, delta: String?)
    /// A chart SVG document drawn at `width`×`height` (scaled to the content width).
    case chart(svg: String, width: Double, height: Double)
    case table(PDFTable)
    /// Monospaced text (shown SQL, code blocks).
    case code(String)
}
