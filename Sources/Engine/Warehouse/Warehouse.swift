/// A connection to a SQL engine that holds the data (a warehouse) instead of a SQLite file:
/// Aiser compiles each query in the engine's dialect, the engine runs it, and only aggregated
/// rows come back. Implementations live in Serve's Warehouse folder (PostgreSQL over postgres-nio,
/// ClickHouse over HTTP); another engine is one `SQLDialect` plus one type conforming here.
public protocol Warehouse: Sendable {
    /// The dialect queries for this engine are compiled in.
    var dialect: any SQLDialect { get }
    /// The columns of `relation` (a quoted table name or a parenthesised subquery with an
    /// alias) with their logical types. Throws `QueryError` when it does not exist.
    func columns(of relation: String) async throws -> [QueryResult.Column]
    /// Runs `compiled` read-only under the engine's own time limit; at most `maxRows` rows come
    /// back (`truncated` set when there were more). Errors are `QueryError`s with one sentence
    /// that never carries the password.
    func query(_ compiled: CompiledQuery, maxRows: Int) async throws -> QueryResult
}
