import Engine

/// A file format every query result is exported in (one file per implementation in `Exports/`).
protocol ExportFormat: Sendable {
    /// The file extension, without the dot.
    var fileExtension: String { get }
    func export(_ result: QueryResult) -> String
}

enum ExportFormats {
    static let all: [any ExportFormat] = [CSVExport(), JSONExport()]
}
