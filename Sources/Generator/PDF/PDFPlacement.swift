/// Something drawn on one PDF page at `y` (pt from the top of the page) taking `height` pt.
struct PDFPlacement: Sendable {
    enum Content: Sendable {
        /// Wrapped lines; `first` when they start their block (the list marker is drawn).
        case lines([PDFLine], style: PDFTextStyle, nesting: PDFNesting, first: Bool)
        case kpis([PDFKPI])
        case chart(svg: String, width: Double, height: Double)
        /// `rows` of `table`, below a header row; `continued` on pages after the first.
        case tableRows(PDFTable, columns: [Double], rows: Range<Int>, continued: Bool)
        case code([String], nesting: PDFNesting)
        case rule(PDFNesting)
    }

    var y: Double
    var height: Double
    var content: Content
}
