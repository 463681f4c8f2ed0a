import Foundation

/// Loads data files into typed SQLite tables.
///
/// ```swift
/// let db = try Connection(path: "/tmp/work.sqlite")
/// let report = try Ingestor.load(url, into: db, table: Ingestor.tableName(for: url))
/// print(report.rows, report.columns.map(\.type))
/// ```
///
/// A load reads the file twice, streaming, so memory does not grow with the file: the first
/// pass decides each column's type (`ColumnInference`), the second inserts the rows through one
/// prepared statement inside one transaction together with the `CREATE TABLE`. When anything
/// fails the transaction is rolled back, so the table does not exist afterwards. The caller's
/// connection settings (journal mode, synchronous) are left as they are; `db` must not be inside
/// a transaction already. Errors are `IngestError`s (`path:line:column: message`), also for
/// the XLSX and JSON readers' own errors.
public enum Ingestor {
    /// Loads `url` into a new table `table` of `db` (fails if the table exists). All-or-nothing.
    public static func load(
        _ url: URL, into db: Connection, table: String, options: IngestOptions = .init()
    ) throws -> LoadReport {
        do {
            return try loadFile(url, into: db, table: table, options: options)
        } catch {
            throw IngestError(converting: error) ?? error
        }
    }

    private static func loadFile(_ url: URL, into db: Connection, table: String, options: IngestOptions) throws
        -> LoadReport
    {
        let format = try options.format ?? FileFormat.detect(url)
        let source = try format.source(for: url, options: options)
        let loader = TableLoader(path: url.path, db: db, table: table, limits: options.limits)
        if let csv = source as? CSVSource {
            let encoding = csv.dialect.encoding
            var report = try loader.load(delimiter: csv.dialect.delimiter) {
                try ByteRowCursor(tokenizer: try csv.tokenizer(limits: options.limits), encoding: encoding)
            }
            if encoding == .windows1252 {
                report.warnings.insert("the file is not valid UTF-8, so it was read as Windows-1252", at: 0)
            }
            return report
        }
        return try loader.load { FieldRowCursor(reader: try source.open(), path: url.path, limits: options.limits) }
    }

    /// Table name for a file: its stem, normalised (`sales_2024.csv` → `sales_2024`).
    ///
    /// Lowercased; every run of characters other than letters and digits becomes one `_`;
    /// leading and trailing `_` are dropped; a name starting with a digit gets a `t_` prefix;
    /// an empty result is `data`.
    public static func tableName(for url: URL) -> String {
        let stem = url.deletingPathExtension().lastPathComponent.lowercased()
        var out = ""
        var pendingUnderscore = false
        for ch in stem {
            if ch.isLetter || ch.isNumber {
                if pendingUnderscore, !out.isEmpty { out.append("_") }
                pendingUnderscore = false
                out.append(ch)
            } else {
                pendingUnderscore = true
            }
        }
        if out.isEmpty { return "data" }
        if let first = out.first, first.isNumber { out = "t_" + out }
        return out
    }
}
