extension Setting {
    /// The `AISER_WAREHOUSE_*` settings.
    static let warehouseSettings: [Setting] = [
        Setting(
            "AISER_WAREHOUSE_HOSTS",
            default: { $0.warehouse.allowedHosts.isEmpty ? nil : $0.warehouse.allowedHosts.joined(separator: ",") },
            "Comma-separated hosts a warehouse data source (PostgreSQL, ClickHouse) may connect to, each `host` (any port) or `host:port`, matched as written (no DNS lookups). Unset: warehouse sources are refused, so the API cannot probe the server's network."
        ) { $0.warehouse.allowedHosts = try WarehouseHostPolicy.entries($1) },
        Setting(
            "AISER_WAREHOUSE_TIME_LIMIT", default: { String($0.warehouse.timeLimit) },
            "Seconds one query may run on a warehouse source, enforced by the engine itself."
        ) { $0.warehouse.timeLimit = try int($1, "AISER_WAREHOUSE_TIME_LIMIT", 1...3600) },
        Setting(
            "AISER_WAREHOUSE_CONNECT_TIMEOUT", default: { String($0.warehouse.connectTimeout) },
            "Seconds to wait for a connection to a warehouse source."
        ) { $0.warehouse.connectTimeout = try int($1, "AISER_WAREHOUSE_CONNECT_TIMEOUT", 1...300) },
    ]
}
