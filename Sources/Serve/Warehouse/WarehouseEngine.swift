/// The engines a warehouse source can be: each is one `SQLDialect` in Engine and one connector
/// here. A third engine adds a case, a dialect file and a connector file.
public enum WarehouseEngine: String, Sendable, Codable, CaseIterable {
    case postgres
    case clickhouse

    /// The port the engine listens on when a URL or request names none.
    public var defaultPort: Int {
        switch self {
        case .postgres: return 5432
        case .clickhouse: return 8123
        }
    }

    /// The name people know it by, for messages.
    public var displayName: String {
        switch self {
        case .postgres: return "PostgreSQL"
        case .clickhouse: return "ClickHouse"
        }
    }
}
