import Foundation

extension FileFormat {
    /// The record source that reads `url` in this format: the one place formats are dispatched.
    func source(for url: URL, options: IngestOptions) throws -> any RecordSource {
        switch self {
        case .csv: return try CSVSource(url: url)
        case .tsv: return try CSVSource(url: url, delimiter: 0x09)
        case .xlsx: return try XLSXSource(url: url, sheet: options.sheet)
        case .json, .ndjson:
            var limits = JSONSource.Limits()
            limits.maxColumns = options.limits.maxColumns
            limits.maxFieldBytes = options.limits.maxFieldBytes
            return try JSONSource(url: url, limits: limits)
        }
    }
}
