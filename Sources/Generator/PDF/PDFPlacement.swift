/// Something drawn on one PDF page at `y` (pt from the top of the page) taking `height` pt.
struct PDFPlacement: Sendable {
    enum Content: Sendable {
        case lines([String], style: PDFTextStyle, indent: Double, bullet: Bool)
        case kpis([(label: String, value: String, delta: String?)])
        case chart(svg: String, width: Double, height: Double)
        /// `rows` of `table`, below a header row; `continued` on pages after the first.
        case tableRows(PDFTable, columns: [Double], rows: Range<Int>, continued: Bool)
        case code([String])
    }

    var y: Double
    var height: Double
    var content: Content
}
