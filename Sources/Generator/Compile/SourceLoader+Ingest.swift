import Engine
import Foundation

extension SourceLoader {
    /// CSV, TSV, XLSX, JSON and NDJSON through the Engine's ingest; its errors keep their file position.
    static func ingest(_ source: ResolvedSource, into db: Connection) throws {
        do {
            _ = try Ingestor.load(
                source.url, into: db, table: source.spec.table, options: IngestOptions(sheet: source.spec.sheet))
        } catch let e as IngestError {
            throw GeneratorError(path: source.spec.path, line: e.line, column: e.column, e.message)
        }
    }
}
