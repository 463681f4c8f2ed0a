import Engine

/// Where a warehouse source's rows are: the connection without its password (stored as JSON in
/// `data_sources.connection`), what it reads, and the password sealed with the warehouse key
/// (`data_sources.password_sealed`; empty when there is none). Opened only to connect.
struct WarehouseSourceRecord: Sendable, Equatable, Codable {
    var engine: WarehouseEngine
    var host: String
    var port: Int
    var database: String
    var user: String
    var tls: Bool
    var relation: WarehouseRelation
    /// Never part of the stored JSON: it has its own column.
    var sealedPassword = ""

    enum CodingKeys: String, CodingKey {
        case engine, host, port, database, user, tls, relation
    }

    /// `connection`'s fields without its password, which the caller seals.
    init(_ connection: WarehouseConnection, relation: WarehouseRelation, sealedPassword: String) {
        engine = connection.engine
        host = connection.host
        port = connection.port
        database = connection.database
        user = connection.user
        tls = connection.tls
        self.relation = relation
        self.sealedPassword = sealedPassword
    }

    /// The connection with `password` (opened from `sealedPassword`).
    func connection(password: String) -> WarehouseConnection {
        WarehouseConnection(
            engine: engine, host: host, port: port, database: database, user: user, password: password, tls: tls)
    }
}
