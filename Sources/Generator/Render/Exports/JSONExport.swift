import Engine

/// JSON rows through the Engine's `JSONRowsWriter`: an array of objects, keys in column order.
struct JSONExport: ExportFormat {
    var fileExtension: String { "json" }

    func export(_ result: QueryResult) -> String { JSONRowsWriter(pretty: true).json(result) + "\n" }
}
