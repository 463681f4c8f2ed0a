/// What bounds every query on a warehouse, enforced by the engine itself: PostgreSQL's
/// `statement_timeout`, ClickHouse's `max_execution_time` and `max_result_rows`.
public struct WarehouseLimits: Sendable, Hashable {
    /// Seconds one query may run on the server.
    public var timeLimit: Int
    /// Seconds to wait for a connection.
    public var connectTimeout: Int

    public init(timeLimit: Int = 30, connectTimeout: Int = 10) {
        self.timeLimit = timeLimit
        self.connectTimeout = connectTimeout
    }
}
