extension Analytics {
    /// Builds the NL engine's artefacts of the default table (its lexicon and, for a table of
    /// at least `rollupThreshold` rows, its month-grain rollup) into the empty writable database
    /// attached to the connection as `schema`, stamped with `stamp` (the data version). With
    /// `columnar` (the same data loaded by `ColumnarTable.load`) the scans run on the columnar
    /// engine, each falling back to SQLite when it does not apply; the results are the same.
    ///
    /// ```swift
    /// try analytics.connection.run("ATTACH DATABASE ? AS artefacts", [.text(sidePath)])
    /// try analytics.buildAskArtefacts(into: "artefacts", stamp: version)
    /// ```
    public func buildAskArtefacts(
        into schema: String, stamp: String, columnar: ColumnarTable? = nil, rollupThreshold: Int? = 200_000
    ) throws {
        let run: ((String) throws -> QueryResult)? = columnar.map { columns in
            { [connection, table] sql in
                if let result = try? ColumnarSQL().run(sql, tables: [table: columns]), !result.truncated {
                    return result
                }
                return try connection.query(sql)
            }
        }
        try AskArtefacts.build(
            table: table, on: connection, into: schema, stamp: stamp, rollupThreshold: rollupThreshold, run: run)
    }

    /// The stamp of the artefacts in the database attached as `schema`; `nil` when it holds none.
    public func askArtefactsStamp(in schema: String) -> String? {
        AskArtefacts.stamp(in: schema, on: connection)
    }

    /// The NL engine over the default table from the artefacts in the database attached as
    /// `schema`: no scan of the data; the same answers as `asker()` over the data they were built from.
    public func asker(artefactsIn schema: String) throws -> Asker {
        try AskArtefacts.asker(table: table, on: connection, from: schema)
    }
}
