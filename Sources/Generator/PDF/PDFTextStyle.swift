/// Size, weight and colour of a run of text in the PDF, and its line height.
struct PDFTextStyle: Sendable, Equatable {
    var size: Double
    var bold = false
    var color = "#1f2328"

    var lineHeight: Double { (size * 1.4).rounded() }

    static let title = PDFTextStyle(size: 20, bold: true)
    static let body = PDFTextStyle(size: 10)
    static let note = PDFTextStyle(size: 8.5, color: "#59636e")

    static func heading(_ level: Int) -> PDFTextStyle {
        PDFTextStyle(size: [16, 16, 13, 11.5, 10.5, 10, 10][min(level, 6)], bold: true)
    }
}
