import Engine

/// A query result as stored in the cache folder (JSON).
struct CachedResult: Codable {
    struct Column: Codable {
        var name: String
        var type: ColumnType
    }

    var columns: [Column]
    var rows: [[SQLValue]]
    var truncated: Bool

    init(_ r: QueryResult) {
        columns = r.columns.map { Column(name: $0.name, type: $0.type) }
        rows = r.rows
        truncated = r.truncated
    }

    var result: QueryResult {
        QueryResult(columns: columns.map { .init(name: $0.name, type: $0.type) }, rows: rows, truncated: truncated)
    }
}
