import Engine

/// The one place a `WarehouseConnection` becomes a connector.
public enum Warehouses {
    public static func connect(_ connection: WarehouseConnection, limits: WarehouseLimits = .init()) -> any Warehouse {
        switch connection.engine {
        case .postgres: return PostgreSQLWarehouse(connection, limits: limits)
        case .clickhouse: return ClickHouseWarehouse(connection, limits: limits)
        }
    }
}
