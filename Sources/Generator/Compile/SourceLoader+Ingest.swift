import Engine
import Foundation

extension SourceLoader {
    /// CSV, TSV, XLSX, JSON and NDJSON through the Engine's ingest; its errors keep their position
    /// in the file and name it relative to the project.
    static func ingest(_ source: ResolvedSource, into db: Connection) throws {
        let path = source.spec.path
        do {
            _ = try Ingestor.load(
                source.url, into: db, table: source.spec.table, options: IngestOptions(sheet: source.spec.sheet))
        } catch let e as IngestError {
            throw GeneratorError(path: path, line: e.line, column: e.column, e.message)
        } catch let e as JSONError {
            throw GeneratorError(path: path, line: e.line, column: e.column, e.message)
        } catch let e as XLSXError {
            throw GeneratorError(path: path, line: e.row, column: e.column, e.message)
        } catch let e as GeneratorError {
            throw e
        } catch {
            throw GeneratorError(path: path, "cannot load the file: \(error)")
        }
    }
}
