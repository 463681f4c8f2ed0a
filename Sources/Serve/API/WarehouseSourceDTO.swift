import Engine

/// The connection of a warehouse source as the API shows it: no password, ever.
struct WarehouseSourceDTO: Encodable, Sendable {
    let host: String
    let port: Int
    let database: String
    let user: String
    let tls: Bool
    let table: String?
    let sql: String?

    init(_ w: WarehouseSourceRecord) {
        host = w.host
        port = w.port
        database = w.database
        user = w.user
        tls = w.tls
        switch w.relation {
        case .table(let name):
            table = name
            sql = nil
        case .sql(let text):
            table = nil
            sql = text
        }
    }
}
