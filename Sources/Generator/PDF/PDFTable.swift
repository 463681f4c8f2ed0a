/// A table block's shown rows as text, for the PDF: headers, which columns are numeric
/// (right-aligned) and the formatted cells.
struct PDFTable: Sendable {
    var title: String?
    var headers: [String]
    var numeric: [Bool]
    var rows: [[String]]
    /// `20 of 120 rows`, or `120 rows`; nil for a Markdown table in prose.
    var footer: String?
}
