extension Lexicon {
    /// Text columns with at most this many distinct values contribute their values as phrases.
    static let maxValues = 400

    /// Builds the lexicon of `table` from its schema and data (one pass of small queries). The
    /// queries over the data go through `run` when given (an engine with SQLite's exact results).
    static func build(
        table: String, connection db: Connection, run: ((String) throws -> QueryResult)? = nil
    ) throws -> Lexicon {
        let query = run ?? { try db.query($0) }
        let columns = try db.columns(of: table)
        guard !columns.isEmpty else { throw LanguageError("unknown table \"\(table)\"") }
        let t = Identifier.quote(table)
        var select = ["count(*)"]
        for c in columns {
            let q = Identifier.quote(c.name)
            select += ["count(DISTINCT \(q))", "min(\(q))", "max(\(q))"]
        }
        let stats = try query("SELECT \(select.joined(separator: ", ")) FROM \(t)").rows.first ?? []
        let rowCount = Int(stats.first?.int ?? 0)
        var fields: [LexiconField] = []
        for (k, c) in columns.enumerated() {
            let distinct = Int(stats[safe: 1 + 3 * k]?.int ?? 0)
            var values: [SQLValue] = []
            if (c.type == .string || c.type == .boolean) && distinct <= maxValues {
                let q = Identifier.quote(c.name)
                values = try query("SELECT DISTINCT \(q) FROM \(t) WHERE \(q) IS NOT NULL ORDER BY 1").rows.map {
                    $0[0]
                }
            }
            fields.append(
                LexiconField(
                    name: c.name, type: c.type, words: Words.split(c.name), values: values, distinctCount: distinct,
                    minimum: stats[safe: 2 + 3 * k] ?? .null, maximum: stats[safe: 3 + 3 * k] ?? .null))
        }
        return Lexicon(table: table, fields: fields, rowCount: rowCount)
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
