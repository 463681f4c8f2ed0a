import Foundation

/// Where a warehouse is and how to log in: from a URL (`postgres://user:pass@host:5432/db`,
/// `http://user:pass@host:8123/?database=db` or `clickhouse://…`) or from separate fields.
/// `description` never shows the password.
public struct WarehouseConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    public var engine: WarehouseEngine
    public var host: String
    public var port: Int
    public var database: String
    public var user: String
    public var password: String
    /// TLS to the server (`https://`, `?sslmode=require`).
    public var tls: Bool

    public init(
        engine: WarehouseEngine, host: String, port: Int? = nil, database: String = "", user: String = "",
        password: String = "", tls: Bool = false
    ) {
        self.engine = engine
        self.host = host
        self.port = port ?? engine.defaultPort
        self.database = database
        self.user = user
        self.password = password
        self.tls = tls
    }

    /// Parses `url` for `engine`; throws `WarehouseError` naming what is wrong (never echoing a
    /// password).
    public init(engine: WarehouseEngine, url: String) throws {
        guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased() else {
            throw WarehouseError("the \(engine.displayName) URL is not a URL (scheme://user:password@host:port/…)")
        }
        let schemes: [String: Bool] =
            engine == .postgres
            ? ["postgres": false, "postgresql": false]
            : ["http": false, "https": true, "clickhouse": false]
        guard let secure = schemes[scheme] else {
            let allowed = schemes.keys.sorted().map { "\($0)://" }.joined(separator: ", ")
            throw WarehouseError("a \(engine.displayName) URL starts with \(allowed), not \(scheme)://")
        }
        guard let host = parts.host, !host.isEmpty else {
            throw WarehouseError("the \(engine.displayName) URL names no host")
        }
        let items = Dictionary(
            (parts.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, b in b })
        var database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        if let named = items["database"] { database = named }
        let sslmode = items["sslmode"] ?? ""
        self.init(
            engine: engine, host: host, port: parts.port, database: database.removingPercentEncoding ?? database,
            user: parts.percentEncodedUser.flatMap { $0.removingPercentEncoding } ?? "",
            password: parts.percentEncodedPassword.flatMap { $0.removingPercentEncoding } ?? "",
            tls: secure || ["require", "verify-ca", "verify-full"].contains(sslmode))
    }

    public var description: String {
        "\(engine.rawValue)://\(user.isEmpty ? "" : user + "@")\(host):\(port)/\(database)"
    }
}
