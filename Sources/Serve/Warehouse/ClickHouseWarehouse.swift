import AsyncHTTPClient
import Engine
import Foundation
import NIOCore
import NIOHTTP1

/// ClickHouse over its HTTP interface: every request is read-only (`readonly=2`: settings may
/// be given, nothing written) and bounded by the server's own `max_execution_time` and
/// `max_result_rows`; results come back as `JSONCompact`. ClickHouse has no bound parameters, so
/// `ClickHouseDialect` renders every value through `ClickHouseLiteral`.
public struct ClickHouseWarehouse: Warehouse {
    public let connection: WarehouseConnection
    public let limits: WarehouseLimits

    public var dialect: any SQLDialect { ClickHouseDialect() }

    /// The HTTP client of every ClickHouse connection, for the life of the process (as
    /// `HTTPClient.shared` is). It follows no redirect: one would carry the credentials and the
    /// query to a host that `AISER_WAREHOUSE_HOSTS` did not name.
    static let client = HTTPClient(
        eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))

    public init(_ connection: WarehouseConnection, limits: WarehouseLimits = .init()) {
        self.connection = connection
        self.limits = limits
    }

    public func columns(of relation: String) async throws -> [QueryResult.Column] {
        let answer = try await send("SELECT * FROM \(relation) LIMIT 0", maxRows: 1)
        return answer.columns
    }

    public func query(_ compiled: CompiledQuery, maxRows: Int) async throws -> QueryResult {
        guard compiled.bindings.isEmpty else {
            throw QueryError("ClickHouse takes no bound parameters; the query was compiled for another engine")
        }
        return try await send(compiled.sql, maxRows: maxRows)
    }

    private func send(_ sql: String, maxRows: Int) async throws -> QueryResult {
        var request = HTTPClientRequest(url: endpoint(maxRows: maxRows))
        request.method = .POST
        request.body = .bytes(ByteBuffer(string: sql + " FORMAT JSONCompact"))
        if !connection.user.isEmpty { request.headers.add(name: "X-ClickHouse-User", value: connection.user) }
        if !connection.password.isEmpty { request.headers.add(name: "X-ClickHouse-Key", value: connection.password) }
        let response: HTTPClientResponse
        let body: ByteBuffer
        do {
            response = try await Self.client.execute(request, timeout: .seconds(Int64(limits.timeLimit + 10)))
            body = try await response.body.collect(upTo: 256 << 20)
        } catch {
            throw QueryError("cannot reach ClickHouse at \(connection.host):\(connection.port) (\(Self.reason(error)))")
        }
        let data = Data(body.readableBytesView)
        guard response.status == .ok else {
            throw ClickHouseAnswer.error(String(decoding: data, as: UTF8.self), limits: limits)
        }
        return try ClickHouseAnswer.result(data, maxRows: maxRows)
    }

    /// The URL with the settings that bound every query.
    func endpoint(maxRows: Int) -> String {
        var parts = URLComponents()
        parts.scheme = connection.tls ? "https" : "http"
        parts.host = connection.host
        parts.port = connection.port
        parts.path = "/"
        var items = [
            URLQueryItem(name: "readonly", value: "2"),
            URLQueryItem(name: "max_execution_time", value: String(limits.timeLimit)),
            URLQueryItem(name: "max_result_rows", value: String(maxRows + 1)),
            URLQueryItem(name: "result_overflow_mode", value: "break"),
        ]
        if !connection.database.isEmpty { items.append(URLQueryItem(name: "database", value: connection.database)) }
        parts.queryItems = items
        return parts.string ?? "http://\(connection.host):\(connection.port)/"
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? HTTPClientError {
            if error == .deadlineExceeded || error == .readTimeout { return "no answer in time" }
            if error == .connectTimeout { return "connection timed out" }
        }
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") { return "connection refused" }
        return "network error"
    }
}
