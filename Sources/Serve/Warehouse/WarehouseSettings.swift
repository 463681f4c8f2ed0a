/// Warehouse data sources (`POST /data/sources` with a connection): which hosts they may
/// connect to, and the limits every query on them runs under.
public struct WarehouseSettings: Sendable, Equatable {
    /// Hosts a warehouse source may name, each `host` (any port) or `host:port` (`[::1]:5432`
    /// for IPv6), compared with the host as written in the request — no DNS lookups, so a name
    /// matches only itself. Empty (the default): no warehouse source can be registered, so the
    /// API cannot be used to probe the server's network.
    public var allowedHosts: [String] = []
    /// Seconds one query may run on the warehouse (the engine's own `statement_timeout` /
    /// `max_execution_time`).
    public var timeLimit = 30
    /// Seconds to wait for a connection to the warehouse.
    public var connectTimeout = 10

    public init() {}

    /// The limits every query on a warehouse source runs under.
    public var limits: WarehouseLimits { WarehouseLimits(timeLimit: timeLimit, connectTimeout: connectTimeout) }
}
