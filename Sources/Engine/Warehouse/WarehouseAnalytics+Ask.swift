extension WarehouseAnalytics {
    /// The NL engine's vocabulary of the source, computed by the engine: one aggregate query
    /// (rows, distinct counts, ranges) and one per low-cardinality text column for its values —
    /// what `Lexicon.build` reads from SQLite.
    public func questionReader() async throws -> QuestionReader {
        let columns = try await runner.columns()
        var measures = [Measure(.count, as: "rows")]
        for (i, c) in columns.enumerated() {
            measures.append(Measure(.countDistinct, c.name, as: "d\(i)"))
            if [.integer, .decimal, .date, .datetime].contains(c.type) {
                measures.append(Measure(.min, c.name, as: "min\(i)"))
                measures.append(Measure(.max, c.name, as: "max\(i)"))
            }
        }
        let stats = try await runner.run(Query(table: table, measures: measures), columns: columns)
        func value(_ name: String) -> SQLValue {
            guard let i = stats.index(of: name), let row = stats.rows.first else { return .null }
            return row[i]
        }
        var fields: [LexiconField] = []
        for (i, c) in columns.enumerated() {
            let distinct = Int(value("d\(i)").int ?? 0)
            var values: [SQLValue] = []
            if (c.type == .string || c.type == .boolean) && distinct <= Lexicon.maxValues {
                values = try await runner.run(
                    Query(
                        table: table, dimensions: [Dimension(c.name)], filters: [Filter(c.name, .isNotNull)],
                        order: [Order(c.name)], limit: Lexicon.maxValues), columns: columns
                ).rows.compactMap(\.first)
            }
            fields.append(
                LexiconField(
                    name: c.name, type: c.type, words: Words.split(c.name), values: values, distinctCount: distinct,
                    minimum: value("min\(i)"), maximum: value("max\(i)")))
        }
        let lexicon = Lexicon(table: table, fields: fields, rowCount: Int(value("rows").int ?? 0))
        return try QuestionReader(lexicons: [lexicon])
    }

    /// Answers a question prepared by `reader` (from `questionReader()`): its queries compiled in
    /// the engine's dialect and run there; the chart, insights and interpretation as `Asker`
    /// makes them.
    public func answer(_ prepared: PreparedQuestion, with reader: QuestionReader) async throws -> Answer {
        let columns = try await runner.columns()
        let compiled = try runner.compile(prepared.plotted, columns: columns)
        let rows = try await runner.run(prepared.plotted, columns: columns)
        var sql = compiled.sql
        var bindings = compiled.bindings
        var baseline: Double?
        if let b = prepared.baseline {
            let c = try runner.compile(b, columns: columns)
            sql += ";\n" + c.sql
            bindings += c.bindings
            baseline = try await runner.run(b, columns: columns).rows.first?.first?.double
        }
        return reader.answer(prepared, rows: rows, baseline: baseline, sql: sql, bindings: bindings)
    }
}
