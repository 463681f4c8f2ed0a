/// A KPI card in the PDF: label, formatted value, the change against the comparison, and the
/// sparkline series (empty when the block has no `sparkline`, or fewer than two points).
struct PDFKPI: Sendable {
    var label: String
    var value: String
    var delta: String?
    var sparkline: [Double] = []
}
