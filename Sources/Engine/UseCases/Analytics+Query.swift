extension Analytics {
    /// Runs a query of the query model (values bound, identifiers quoted).
    public func query(_ model: Query) throws -> QueryResult {
        try QueryRunner(connection).run(model)
    }

    /// Runs read-only SQL under `limits`; throws `QueryError` for writes, bad SQL and limits.
    public func query(sql: String, limits: ReadOnlySQL.Limits = .init()) throws -> QueryResult {
        try ReadOnlySQL(limits: limits).run(sql, on: connection)
    }

    /// Every row of `table` (default: the first table), in file order.
    public func rows(of table: String? = nil) throws -> QueryResult {
        try connection.query("SELECT * FROM \(Identifier.quote(table ?? self.table)) ORDER BY rowid")
    }

    /// A chart drawn straight from a table by an encoding (grouped and aggregated by the query
    /// model; raw rows for scatter, bubble, histogram and table).
    public func chart(_ spec: ChartQuery, options: ChartOptions = ChartOptions()) throws -> ChartData {
        try spec.chart(on: connection, options: options)
    }

    /// The schema and quality statistics of `table` (default: the first table).
    public func profile(table: String? = nil) throws -> TableProfile {
        try Profiler.profile(table: table ?? self.table, in: connection)
    }

    /// Runs a workflow document over every row of `table` (default: the first table); throws
    /// `AnalysisError` naming the step and field at fault.
    public func workflow(_ document: WorkflowDocument, table: String? = nil) throws -> JSONValue {
        let name = table ?? self.table
        return try WorkflowRunner(table: try rows(of: name), tableName: name).run(document)
    }
}
