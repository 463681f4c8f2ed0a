import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import PostgresNIO
import Serve

@testable import Engine

/// Loads test tables into the real servers with a writable connection of the test's own (Aiser's
/// connectors are read-only by construction) and drops them afterwards.
enum WarehouseLoader {
    /// Runs `statements` on PostgreSQL, each with its bindings.
    static func postgres(_ c: WarehouseConnection, _ statements: [(String, PostgresBindings)]) async throws {
        let logger = Logger(label: "aiser.test.postgres")
        let conn = try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(),
            configuration: .init(
                host: c.host, port: c.port, username: c.user, password: c.password, database: c.database,
                tls: .disable),
            id: 2, logger: logger)
        do {
            for (sql, binds) in statements {
                try await conn.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
            }
        } catch {
            try? await conn.close()
            throw error
        }
        try await conn.close()
    }

    /// Sends `sql` (with `body` after it, e.g. JSONEachRow rows) to the ClickHouse server at `url`.
    static func clickhouse(_ url: String, _ sql: String, body: String = "") async throws {
        var request = HTTPClientRequest(url: url.hasSuffix("/") ? url : url + "/")
        request.method = .POST
        request.body = .bytes(ByteBuffer(string: body.isEmpty ? sql : sql + "\n" + body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let text = String(buffer: try await response.body.collect(upTo: 1 << 20))
        guard response.status == .ok else { throw WarehouseError("ClickHouse: \(text)") }
    }

    /// One row per object, SQLValue cells as JSON (NULL as null).
    static func jsonEachRow(_ columns: [String], _ rows: [[SQLValue]]) throws -> String {
        try rows.map { row in
            var object: [String: Any] = [:]
            for (name, v) in zip(columns, row) {
                switch v {
                case .null: object[name] = NSNull()
                case .integer(let i): object[name] = i
                case .real(let d): object[name] = d
                case .text(let s): object[name] = s
                case .blob: object[name] = NSNull()
                }
            }
            return String(
                decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }.joined(separator: "\n")
    }
}
