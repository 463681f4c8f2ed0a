import Engine
import Foundation

/// `POST /data/sources`: a warehouse connection registered as a data source — a URL or
/// host/port/database/user, a password, and one table or one read-only query in the engine's SQL.
struct WarehouseSourceRequest: Decodable, Sendable {
    let name: String
    let type: String
    let url: String?
    let host: String?
    let port: Int?
    let database: String?
    let user: String?
    let password: String?
    let table: String?
    let sql: String?
    let description: String?
    let tags: [String]?

    /// The engine, the connection (with its password) and what the source reads, or
    /// `VALIDATION_ERROR` naming the field; never echoes the password or the URL.
    func validated() throws -> (connection: WarehouseConnection, relation: WarehouseRelation) {
        guard (1...200).contains(name.trimmingCharacters(in: .whitespaces).count) else {
            throw APIError.validation("name", "1 to 200 characters.")
        }
        guard let engine = WarehouseEngine(rawValue: type) else {
            throw APIError.validation(
                "type", "Use one of " + WarehouseEngine.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        if let description, description.count > 2000 {
            throw APIError.validation("description", "At most 2000 characters.")
        }
        if let tags, tags.count > 50 || tags.contains(where: { $0.count > 100 }) {
            throw APIError.validation("tags", "At most 50 tags of at most 100 characters.")
        }
        if let password, password.utf8.count > 1000 {
            throw APIError.validation("password", "At most 1000 bytes.")
        }
        var connection = try self.connection(engine)
        if let password {
            guard connection.password.isEmpty else {
                throw APIError.validation("password", "Give the password in the URL or in this field, not both.")
            }
            connection.password = password
        }
        return (connection, try relation())
    }

    private func connection(_ engine: WarehouseEngine) throws -> WarehouseConnection {
        if let url {
            guard host == nil, port == nil, database == nil, user == nil else {
                throw APIError.validation("url", "Give either url or host/port/database/user, not both.")
            }
            guard url.utf8.count <= 2000 else { throw APIError.validation("url", "At most 2000 characters.") }
            do {
                return try WarehouseConnection(engine: engine, url: url)
            } catch let error as WarehouseError {
                throw APIError.validation("url", error.message)
            }
        }
        guard let host, (1...253).contains(host.count),
            !host.contains(where: { $0.isWhitespace || "/@?#".contains($0) })
        else { throw APIError.validation("host", "A host name or address (or give url).") }
        if let port, !(1...65535).contains(port) { throw APIError.validation("port", "1 to 65535.") }
        if (database?.count ?? 0) > 200 { throw APIError.validation("database", "At most 200 characters.") }
        if (user?.count ?? 0) > 200 { throw APIError.validation("user", "At most 200 characters.") }
        return WarehouseConnection(engine: engine, host: host, port: port, database: database ?? "", user: user ?? "")
    }

    private func relation() throws -> WarehouseRelation {
        switch (table, sql) {
        case (let table?, nil):
            guard (1...200).contains(table.count), !table.contains("\0") else {
                throw APIError.validation("table", "A table name of 1 to 200 characters.")
            }
            return .table(table)
        case (nil, let sql?):
            let body = sql.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !body.isEmpty, body.utf8.count <= 20_000 else {
                throw APIError.validation("sql", "A read-only query of 1 to 20000 bytes.")
            }
            return .sql(body)
        default:
            throw APIError.validation("table", "Give exactly one of table and sql.")
        }
    }

    /// The query model's name for the source's rows: the table's name, or, for a query, one made
    /// from the source's name (`Monthly orders` → `monthly_orders`).
    var logicalTable: String {
        if let table { return table }
        return Ingestor.tableName(for: URL(fileURLWithPath: name.replacingOccurrences(of: "/", with: " ") + ".sql"))
    }
}
