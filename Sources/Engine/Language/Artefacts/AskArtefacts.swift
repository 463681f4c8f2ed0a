import Foundation

/// The NL engine's precomputed parts of one table — its lexicon (column statistics and the
/// values of low-cardinality text columns) and its month-grain rollup — kept in a database of
/// their own, attached to the data's connection under a schema name, and stamped with the
/// data version they were built from. An `Asker` made from them opens without scanning the
/// table and answers exactly as one built from the data.
enum AskArtefacts {
    /// The table of the artefacts' stamp, lexicon and rollup description (JSON).
    static let table = "aiser_ask_artefacts"

    /// The lexicon as stored.
    private struct StoredLexicon: Codable {
        let table: String
        let rowCount: Int
        let fields: [LexiconField]
    }

    /// Builds the artefacts of `table` into the empty writable database attached to `db` as
    /// `schema`, in one transaction. The scans run through `run` when given (the columnar
    /// engine), else on SQLite.
    static func build(
        table: String, on db: Connection, into schema: String, stamp: String, rollupThreshold: Int?,
        run: ((String) throws -> QueryResult)?
    ) throws {
        let target = "\(Identifier.quote(schema)).\(Identifier.quote(Self.table))"
        try db.execute("BEGIN")
        do {
            let lexicon = try Lexicon.build(table: table, connection: db, run: run)
            let rollup = try rollupThreshold.flatMap {
                try Rollup.build(for: lexicon, on: db, minimumRows: $0, schema: schema, run: run)
            }
            try db.execute("CREATE TABLE \(target)(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            let stored = StoredLexicon(table: table, rowCount: lexicon.rowCount, fields: lexicon.fields)
            var entries = [("stamp", stamp), ("lexicon", try JSONCoding.string(stored))]
            if let rollup { entries.append(("rollup", try JSONCoding.string(rollup))) }
            for (key, value) in entries {
                try db.run("INSERT INTO \(target) VALUES (?, ?)", [.text(key), .text(value)])
            }
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// The stamp of the artefacts in `schema`; `nil` when it holds none.
    static func stamp(in schema: String, on db: Connection) -> String? {
        let target = "\(Identifier.quote(schema)).\(Identifier.quote(Self.table))"
        return (try? db.query("SELECT value FROM \(target) WHERE key = 'stamp'"))?.rows.first?.first?.string
    }

    /// The NL engine over `table` from the artefacts in `schema`.
    static func asker(table: String, on db: Connection, from schema: String) throws -> Asker {
        let target = "\(Identifier.quote(schema)).\(Identifier.quote(Self.table))"
        var entries: [String: String] = [:]
        for row in try db.query("SELECT key, value FROM \(target)").rows {
            if let key = row[0].string, let value = row[1].string { entries[key] = value }
        }
        guard let text = entries["lexicon"] else { throw LanguageError("the stored artefacts have no lexicon.") }
        let stored = try JSONCoding.decode(StoredLexicon.self, from: Data(text.utf8))
        guard stored.table == table else { throw LanguageError("the stored artefacts are of another table.") }
        let lexicon = Lexicon(table: table, fields: stored.fields, rowCount: stored.rowCount)
        var rollups: [String: Rollup] = [:]
        if let text = entries["rollup"] { rollups[table] = try JSONCoding.decode(Rollup.self, from: Data(text.utf8)) }
        return try Asker(connection: db, lexicons: [lexicon], rollups: rollups)
    }
}
