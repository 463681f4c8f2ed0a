import Engine
import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// PostgreSQL over postgres-nio. Each query runs on its own connection that the server itself
/// holds read-only (`default_transaction_read_only`) and bounded (`statement_timeout`), as one
/// statement of the extended protocol with its values bound (`$1`, `$2`…); the connection is
/// closed afterwards, so nothing a query sets outlives it. At most `maxRows` rows are read.
public struct PostgreSQLWarehouse: Warehouse {
    public let connection: WarehouseConnection
    public let limits: WarehouseLimits

    public var dialect: any SQLDialect { PostgreSQLDialect() }

    public init(_ connection: WarehouseConnection, limits: WarehouseLimits = .init()) {
        self.connection = connection
        self.limits = limits
    }

    public func columns(of relation: String) async throws -> [QueryResult.Column] {
        // The outer join keeps one row (all NULL when the relation is empty), so the row
        // description always carries the relation's columns and types; the first is the join's.
        let sql = "SELECT * FROM (SELECT 1) AS \(dialect.quote("aiser one")) LEFT JOIN \(relation) ON true LIMIT 1"
        let result = try await query(CompiledQuery(sql: sql, bindings: []), maxRows: 1, typesOnly: true)
        return Array(result.columns.dropFirst())
    }

    public func query(_ compiled: CompiledQuery, maxRows: Int) async throws -> QueryResult {
        try await query(compiled, maxRows: maxRows, typesOnly: false)
    }

    private func query(_ compiled: CompiledQuery, maxRows: Int, typesOnly: Bool) async throws -> QueryResult {
        let logger = Logger(label: "aiser.warehouse.postgres")
        let conn: PostgresConnection
        do {
            conn = try await PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: try configuration(),
                id: 1, logger: logger)
        } catch {
            throw PostgreSQLErrors.connect(error, connection, limits: limits)
        }
        do {
            var bindings = PostgresBindings(capacity: compiled.bindings.count)
            for value in compiled.bindings { PostgreSQLCells.bind(value, into: &bindings) }
            let rows = try await conn.query(PostgresQuery(unsafeSQL: compiled.sql, binds: bindings), logger: logger)
            var columns: [QueryResult.Column] = []
            var out: [[SQLValue]] = []
            var truncated = false
            for try await row in rows {
                if columns.isEmpty {
                    columns = row.map {
                        QueryResult.Column(name: $0.columnName, type: PostgreSQLCells.logical($0.dataType))
                    }
                }
                if typesOnly { break }
                if out.count == maxRows {
                    truncated = true
                    break
                }
                out.append(try row.map(PostgreSQLCells.value))
            }
            try? await conn.close()
            return QueryResult(columns: columns, rows: out, truncated: truncated)
        } catch {
            try? await conn.close()
            throw PostgreSQLErrors.query(error, limits: limits)
        }
    }

    private func configuration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS =
            connection.tls ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable
        var configuration = PostgresConnection.Configuration(
            host: connection.host, port: connection.port, username: connection.user,
            password: connection.password.isEmpty ? nil : connection.password,
            database: connection.database.isEmpty ? nil : connection.database, tls: tls)
        configuration.options.connectTimeout = .seconds(Int64(limits.connectTimeout))
        configuration.options.additionalStartupParameters = [
            ("default_transaction_read_only", "on"),
            ("statement_timeout", String(limits.timeLimit * 1000)),
            ("application_name", "aiser"),
        ]
        return configuration
    }
}
