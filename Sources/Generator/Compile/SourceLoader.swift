import Engine
import Foundation

/// Loads one source file into the build database: SQLite files by copying a table, every other
/// format through the Engine's `Ingestor`.
enum SourceLoader {
    static let sqliteExtensions: Set<String> = ["sqlite", "sqlite3", "db"]

    static func load(_ source: ResolvedSource, into db: Connection) throws {
        let ext = source.url.pathExtension.lowercased()
        if sqliteExtensions.contains(ext) {
            try copySQLite(source, into: db)
        } else {
            try ingest(source, into: db)
        }
    }

    private static func copySQLite(_ source: ResolvedSource, into db: Connection) throws {
        let file = try Connection(path: source.url.path, mode: .readOnly)
        let tables: [String]
        do { tables = try file.tableNames() } catch {
            throw GeneratorError(path: source.spec.path, "not a readable SQLite database: \(error)")
        }
        let wanted = source.spec.sheet ?? source.spec.table
        guard let table = tables.first(where: { $0 == wanted }) ?? (tables.count == 1 ? tables.first : nil) else {
            throw GeneratorError(
                path: source.spec.path,
                "the database has no table '\(wanted)' (tables: \(tables.joined(separator: ", "))); name one with {path, table}"
            )
        }
        try db.run("ATTACH DATABASE ? AS aiser_source", [.text(source.url.path)])
        defer { try? db.execute("DETACH DATABASE aiser_source") }
        try db.execute(
            "CREATE TABLE \(Identifier.quote(source.spec.table)) AS SELECT * FROM aiser_source.\(Identifier.quote(table))"
        )
    }
}
