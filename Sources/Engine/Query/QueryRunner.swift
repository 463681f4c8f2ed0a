/// Runs typed queries against one connection.
struct QueryRunner {
    let connection: Connection
    let compiler: QueryCompiler

    init(_ connection: Connection, compiler: QueryCompiler = QueryCompiler()) {
        self.connection = connection
        self.compiler = compiler
    }

    /// The SQL that `run(_:)` would execute.
    func compile(_ query: Query) throws -> CompiledQuery {
        let columns = try connection.columns(of: query.table)
        guard !columns.isEmpty else { throw QueryError("unknown table \"\(query.table)\"") }
        return try compiler.compile(query, columns: columns.map(\.name))
    }

    /// Runs `query`; result columns carry logical types (bucket labels are strings, counts integers).
    func run(_ query: Query, maxRows: Int? = nil) throws -> QueryResult {
        let columns = try connection.columns(of: query.table)
        guard !columns.isEmpty else { throw QueryError("unknown table \"\(query.table)\"") }
        let compiled = try compiler.compile(query, columns: columns.map(\.name))
        var result: QueryResult
        do {
            result = try connection.query(compiled.sql, compiled.bindings, maxRows: maxRows)
        } catch let error as StoreError {
            throw QueryError(error.message)
        }
        let types = Dictionary(columns.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        var resultTypes: [ColumnType] = query.dimensions.map { d in
            d.grain == nil ? (types[d.column] ?? .string) : .string
        }
        for m in query.measures {
            resultTypes.append(Self.type(of: m, source: m.column.flatMap { types[$0] }))
        }
        for (i, t) in resultTypes.enumerated() where i < result.columns.count {
            result.columns[i].type = t
        }
        return result
    }

    /// The logical type of a measure's values.
    static func type(of m: Measure, source: ColumnType?) -> ColumnType {
        switch m.aggregate {
        case .count, .countDistinct: return .integer
        case .avg, .median: return .decimal
        case .sum: return source == .integer || source == .boolean ? .integer : .decimal
        case .min, .max: return source ?? .decimal
        }
    }
}
