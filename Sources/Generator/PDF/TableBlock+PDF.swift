import Engine

extension TableBlock {
    /// The rows the HTML table shows, formatted the same way, for the PDF.
    func pdfTable(_ context: BlockContext) throws -> PDFTable {
        try check(context)
        let result = try context.result(data, at: location)
        let chosen = try (columns ?? result.columns.map { Column(name: $0.name, title: $0.name) }).map {
            ($0, try context.column($0.name, of: data, in: result, at: location))
        }
        let shown = min(result.rows.count, limit ?? context.config.tableLimit)
        let rows = result.rows.prefix(shown).map { row in chosen.map { c, i in c.text(row[i]) } }
        return PDFTable(
            title: try title.map { try context.text($0, at: location) },
            headers: chosen.map(\.0.title), numeric: chosen.map { Self.isNumeric(result, $0.1) }, rows: rows,
            footer: result.rows.count > shown ? "\(shown) of \(result.rows.count) rows" : "\(result.rows.count) rows")
    }
}
