import Engine

/// CSV through the Engine's formula-safe `CSVWriter` (text cells starting with `=`, `+`, `-`,
/// `@`, tab or CR get a leading `'`; numbers stay numbers).
struct CSVExport: ExportFormat {
    var fileExtension: String { "csv" }

    func export(_ result: QueryResult) -> String { CSVWriter().csv(result) }
}
