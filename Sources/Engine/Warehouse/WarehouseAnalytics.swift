/// The use cases of `Analytics` over a warehouse source, pushed down: the query model, charts and
/// the profile are compiled in the engine's dialect and run there; only aggregated rows (or, for
/// the raw-row charts, at most `maxRows` rows) come back. Asynchronous: the engine is remote.
public struct WarehouseAnalytics: Sendable {
    public let runner: WarehouseQueryRunner

    public init(_ warehouse: any Warehouse, table: String, relation: WarehouseRelation, maxRows: Int = 10_000) {
        runner = WarehouseQueryRunner(warehouse, table: table, relation: relation, maxRows: maxRows)
    }

    public var table: String { runner.table }

    /// Runs a query of the query model on the engine.
    public func query(_ model: Query) async throws -> QueryResult {
        try await runner.run(model)
    }

    /// A chart drawn from the source by an encoding, grouped and aggregated by the engine.
    public func chart(_ spec: ChartQuery, options: ChartOptions = ChartOptions()) async throws -> ChartData {
        guard spec.table == table else {
            throw QueryError("unknown table \"\(spec.table)\"; this source is \"\(table)\"")
        }
        let result: QueryResult
        if spec.usesRawRows {
            let dialect = runner.warehouse.dialect
            let columns = try await runner.columns().map(\.name)
            var names = spec.rawColumns
            if names.isEmpty { names = columns }
            for name in names where !columns.contains(name) {
                throw QueryError(
                    "unknown column \"\(name)\" in table \"\(table)\"; columns are: \(columns.joined(separator: ", "))")
            }
            let sql =
                "SELECT \(names.map(dialect.quote).joined(separator: ", ")) FROM \(runner.relation.expression(in: dialect))"
            result = try await runner.warehouse.query(CompiledQuery(sql: sql, bindings: []), maxRows: runner.maxRows)
        } else {
            result = try await runner.run(spec.groupedQuery)
        }
        return try spec.chart(from: result, options: options, maxRows: runner.maxRows)
    }

    /// The profile of the source from aggregates the engine computes (one query for counts,
    /// distinct counts, minima, maxima and means; one per column for up to five sample values,
    /// the smallest rather than the first in table order). Unlike the SQLite profile, the
    /// duplicate ratio is not computed (it would need every row): it is 0; type consistency is
    /// 1 (the engine's declared types hold); dates have no mean.
    public func profile() async throws -> TableProfile {
        let columns = try await runner.columns()
        var measures = [Measure(.count, as: "rows")]
        for (i, c) in columns.enumerated() {
            measures.append(Measure(.count, c.name, as: "n\(i)"))
            measures.append(Measure(.countDistinct, c.name, as: "d\(i)"))
            if [.integer, .decimal, .date, .datetime].contains(c.type) {
                measures.append(Measure(.min, c.name, as: "min\(i)"))
                measures.append(Measure(.max, c.name, as: "max\(i)"))
            }
            if c.type == .integer || c.type == .decimal { measures.append(Measure(.avg, c.name, as: "mean\(i)")) }
        }
        let stats = try await runner.run(Query(table: table, measures: measures), columns: columns)
        func value(_ name: String) -> SQLValue {
            guard let i = stats.index(of: name), let row = stats.rows.first else { return .null }
            return row[i]
        }
        let total = Int(value("rows").int ?? 0)
        var profiles: [ColumnProfile] = []
        var filled = 0
        for (i, c) in columns.enumerated() {
            let present = Int(value("n\(i)").int ?? 0)
            filled += present
            let samples = try await runner.run(
                Query(
                    table: table, dimensions: [Dimension(c.name)], filters: [Filter(c.name, .isNotNull)],
                    order: [Order(c.name)], limit: 5), columns: columns)
            profiles.append(
                ColumnProfile(
                    name: c.name, type: c.type, nullable: present < total, uniqueValues: Int(value("d\(i)").int ?? 0),
                    sampleValues: samples.rows.compactMap { $0.first?.string },
                    min: Self.profileValue(value("min\(i)"), c.type), max: Self.profileValue(value("max\(i)"), c.type),
                    mean: Self.profileValue(value("mean\(i)"), .decimal)))
        }
        let cells = total * columns.count
        let completeness = cells == 0 ? 1 : Double(filled) / Double(cells)
        let score = TableProfile.score(completeness: completeness, typeConsistency: 1, duplicateRatio: 0)
        return TableProfile(
            columns: profiles, totalRows: total, completeness: Profiler.round4(completeness),
            dataQualityScore: Profiler.round4(score),
            typeConsistency: 1, duplicateRatio: 0)
    }

    private static func profileValue(_ v: SQLValue, _ type: ColumnType) -> ProfileValue? {
        switch v {
        case .null, .blob: return nil
        case .integer(let i): return type == .decimal ? .number(Double(i)) : .integer(i)
        case .real(let d): return .number(d)
        case .text(let s): return .text(s)
        }
    }
}
