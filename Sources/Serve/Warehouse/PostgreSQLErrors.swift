import Engine
import PostgresNIO

/// PostgreSQL failures as one sentence each: the server's message for a bad query, a named
/// reason for login, timeouts and read-only refusals, never the password.
enum PostgreSQLErrors {
    static func connect(_ error: any Error, _ connection: WarehouseConnection, limits: WarehouseLimits) -> QueryError {
        let at = "\(connection.host):\(connection.port)"
        if let error = error as? PSQLError {
            if let state = error.serverInfo?[.sqlState] {
                switch state {
                case "28P01", "28000":
                    return QueryError("PostgreSQL at \(at) refused the login of user \"\(connection.user)\"")
                case "3D000":
                    return QueryError("PostgreSQL at \(at) has no database \"\(connection.database)\"")
                default:
                    return QueryError("PostgreSQL at \(at) refused the connection: \(message(error))")
                }
            }
            if error.code == .sslUnsupported { return QueryError("PostgreSQL at \(at) does not offer TLS") }
        }
        return QueryError("cannot reach PostgreSQL at \(at)")
    }

    static func query(_ error: any Error, limits: WarehouseLimits) -> QueryError {
        guard let error = error as? PSQLError else { return QueryError("the PostgreSQL query failed") }
        switch error.serverInfo?[.sqlState] {
        case "57014": return QueryError("the query ran longer than its \(limits.timeLimit)-second limit on PostgreSQL")
        case "25006": return QueryError("PostgreSQL refused the query: the connection is read-only")
        case nil: return QueryError("the connection to PostgreSQL was lost")
        default: return QueryError("PostgreSQL rejected the query: \(message(error))")
        }
    }

    private static func message(_ error: PSQLError) -> String {
        var text = error.serverInfo?[.message] ?? "error"
        if text.count > 200 { text = String(text.prefix(200)) + "…" }
        return text
    }
}
