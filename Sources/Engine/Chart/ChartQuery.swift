/// The query behind a chart drawn straight from a table: grouped and aggregated with the query
/// model for category charts, raw rows for scatter, bubble, histogram and table. The CLI and the
/// API use it so a chart over a data source is always computed the same way.
public struct ChartQuery: Sendable {
    public var table: String
    public var type: ChartType
    public var encoding: ChartEncoding

    public init(table: String, type: ChartType, encoding: ChartEncoding) {
        self.table = table
        self.type = type
        self.encoding = encoding
    }

    /// Whether the chart needs every row rather than groups.
    var usesRawRows: Bool { [.scatter, .bubble, .histogram, .table].contains(type) }

    /// Runs the query and builds the chart.
    func chart(on db: Connection, options: ChartOptions = ChartOptions(), maxRows: Int = 1_000_000) throws
        -> ChartData
    {
        try chart(from: try run(on: db, maxRows: maxRows), options: options, maxRows: maxRows)
    }

    /// The chart of `result`, the rows `run` (or a warehouse running `groupedQuery`) gave.
    func chart(from result: QueryResult, options: ChartOptions, maxRows: Int) throws -> ChartData {
        var e = encoding
        if !usesRawRows {
            // Groups are unique after SQL; summing one value per group keeps it unchanged.
            e.aggregate = .sum
            e.grain = nil
            if e.y.isEmpty { e.y = [Aggregate.count.rawValue] }
        }
        var chart = try ChartBuilder.build(result, type: type, encoding: e, options: options)
        if result.truncated {
            chart.options.note = [
                chart.options.note, "First \(NumberText.grouped(Double(maxRows), decimals: 0, trim: true)) rows",
            ]
            .compactMap { $0 }.joined(separator: " · ")
        }
        return chart
    }

    /// The columns a raw-row chart reads, each once (empty: every column of the table).
    var rawColumns: [String] {
        let e = encoding
        var seen = Set<String>()
        return ([e.x, e.color ?? e.series, e.size].compactMap { $0 } + e.y).filter { seen.insert($0).inserted }
    }

    /// The query-model query of a grouped chart.
    var groupedQuery: Query {
        let e = encoding
        var dimensions: [Dimension] = []
        if let x = e.x { dimensions.append(Dimension(x, grain: e.grain)) }
        if let s = e.series, s != e.x { dimensions.append(Dimension(s)) }
        let measures =
            e.y.isEmpty
            ? [Measure(.count, as: Aggregate.count.rawValue)]
            : e.y.map { Measure(e.aggregate, $0, as: $0) }
        // Ordered by the groups, as SQLite's GROUP BY happens to give them; other engines don't.
        return Query(
            table: table, dimensions: dimensions, measures: measures, order: dimensions.map { Order($0.name) })
    }

    /// The rows the chart is built from.
    func run(on db: Connection, maxRows: Int = 1_000_000) throws -> QueryResult {
        if usesRawRows {
            var names = rawColumns
            if names.isEmpty { names = try db.columns(of: table).map(\.name) }
            let sql =
                "SELECT " + names.map(Identifier.quote).joined(separator: ", ") + " FROM " + Identifier.quote(table)
            return try db.query(sql, [], maxRows: maxRows)
        }
        return try QueryRunner(db).run(groupedQuery, maxRows: maxRows)
    }
}
