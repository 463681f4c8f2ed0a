/// Runs read-only SQL over `ColumnarTable`s with exactly SQLite's results (values, types,
/// column names, row order) for the subset it supports: one-table `SELECT [DISTINCT]` with
/// WHERE, GROUP BY, HAVING, ORDER BY, LIMIT/OFFSET, the usual operators and scalar functions,
/// scalar subqueries and the aggregates SUM, COUNT, AVG, MIN, MAX, TOTAL.
///
/// Anything else throws `ColumnarError` (`.notSupported` or `.invalid`); callers then run the
/// same SQL on SQLite, which also gives the user-facing error messages.
public struct ColumnarSQL: Sendable {
    /// The row cap (the time limit does not apply: a columnar query is one pass).
    var limits: ReadOnlySQL.Limits

    public init(limits: ReadOnlySQL.Limits = .init()) { self.limits = limits }

    /// Runs `sql` with `:name` parameters from `parameters` over `tables` (looked up by name,
    /// ignoring case).
    public func run(_ sql: String, tables: [String: ColumnarTable], parameters: [String: SQLValue] = [:]) throws
        -> QueryResult
    {
        let statement = try SQLParser.parse(sql)
        let plan = try SelectPlanner(tables: tables, parameters: parameters, limits: limits).plan(statement)
        return try SelectExecutor(plan: plan).run(maxRows: limits.maxRows)
    }
}
