import Engine

/// A pooled read-only connection of the metadata database with its prepared statements:
/// each SQL text is prepared once per connection and then only rebound (parsing and planning
/// dominated the cost of the small queries of an authenticated request). Used by one reader
/// at a time (the pool hands it out under a lock), hence `@unchecked Sendable`.
final class MetadataReader: @unchecked Sendable {
    /// The most statements kept per connection; texts beyond it are prepared per use.
    static let maximumStatements = 64

    /// The connection itself, for the rare query that needs column names and types.
    let connection: Connection
    private var statements: [String: Statement] = [:]

    init(_ connection: Connection) { self.connection = connection }

    /// Every row of `sql` with `values` bound.
    func rows(_ sql: String, _ values: [SQLValue] = []) throws -> [[SQLValue]] {
        if let statement = statements[sql] { return try statement.rows(binding: values) }
        let statement = try connection.prepare(sql)
        if statements.count < Self.maximumStatements { statements[sql] = statement }
        return try statement.rows(binding: values)
    }

    /// The first row of `sql` with `values` bound, if any.
    func firstRow(_ sql: String, _ values: [SQLValue] = []) throws -> [SQLValue]? {
        try rows(sql, values).first
    }
}
