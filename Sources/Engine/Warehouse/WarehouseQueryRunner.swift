/// Runs typed queries of the query model on a `Warehouse`: compiled in its dialect against the
/// relation's real columns, results typed like `QueryRunner`'s (bucket labels strings, counts
/// integers) whatever wire types the engine sends back.
public struct WarehouseQueryRunner: Sendable {
    public let warehouse: any Warehouse
    /// The logical table name queries use, and what it reads.
    public let table: String
    public let relation: WarehouseRelation
    public let maxRows: Int

    public init(_ warehouse: any Warehouse, table: String, relation: WarehouseRelation, maxRows: Int = 10_000) {
        self.warehouse = warehouse
        self.table = table
        self.relation = relation
        self.maxRows = maxRows
    }

    /// The relation's columns with their logical types.
    public func columns() async throws -> [QueryResult.Column] {
        let columns = try await warehouse.columns(of: relation.expression(in: warehouse.dialect))
        guard !columns.isEmpty else { throw QueryError("unknown table \"\(table)\"") }
        return columns
    }

    /// The SQL that `run(_:)` would execute.
    public func compile(_ query: Query) async throws -> CompiledQuery {
        try compile(query, columns: try await columns())
    }

    public func run(_ query: Query) async throws -> QueryResult {
        try await run(query, columns: try await columns())
    }

    /// `run(_:)` with the relation's `columns()` already read: one round trip fewer.
    func run(_ query: Query, columns: [QueryResult.Column]) async throws -> QueryResult {
        var result = try await warehouse.query(compile(query, columns: columns), maxRows: maxRows)
        let types = Dictionary(columns.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        var resultTypes: [ColumnType] = query.dimensions.map { d in
            d.grain == nil ? (types[d.column] ?? .string) : .string
        }
        for m in query.measures {
            resultTypes.append(QueryRunner.type(of: m, source: m.column.flatMap { types[$0] }))
        }
        for (i, t) in resultTypes.enumerated() where i < result.columns.count {
            result.columns[i].type = t
        }
        result.rows = result.rows.map { row in
            row.enumerated().map { i, v in i < resultTypes.count ? Self.normalise(v, as: resultTypes[i]) : v }
        }
        return result
    }

    /// `compile(_:)` with the relation's `columns()` already read.
    func compile(_ query: Query, columns: [QueryResult.Column]) throws -> CompiledQuery {
        guard query.table == table else {
            throw QueryError("unknown table \"\(query.table)\"; this source is \"\(table)\"")
        }
        return try QueryCompiler(dialect: warehouse.dialect)
            .compile(query, columns: columns.map(\.name), from: relation.expression(in: warehouse.dialect))
    }

    /// Engines differ in the wire type of the same logical value (a PostgreSQL sum of integers
    /// is a numeric, a ClickHouse count an unsigned integer sent as text): values are brought
    /// to the logical type, as SQLite would give them.
    static func normalise(_ value: SQLValue, as type: ColumnType) -> SQLValue {
        switch (type, value) {
        case (.integer, .real(let d)): return value.int.map(SQLValue.integer) ?? .real(d)
        case (.integer, .text(let s)): return Int64(s).map(SQLValue.integer) ?? value
        case (.decimal, .integer(let i)): return .real(Double(i))
        case (.decimal, .text(let s)): return Double(s).map(SQLValue.real) ?? value
        case (.boolean, .text(let s)): return s == "true" || s == "1" ? 1 : s == "false" || s == "0" ? 0 : value
        default: return value
        }
    }
}
