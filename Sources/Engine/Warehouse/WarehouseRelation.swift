import Foundation

/// What a warehouse source reads: one table, or the rows of a read-only SQL query written in the
/// engine's own SQL. Queries of the query model name the source by its logical name; the
/// compiler reads `FROM` this relation.
public enum WarehouseRelation: Sendable, Hashable, Codable {
    case table(String)
    case sql(String)

    /// The relation as it appears after `FROM` in `dialect`.
    public func expression(in dialect: any SQLDialect) -> String {
        switch self {
        case .table(let name): return dialect.quote(name)
        case .sql(let text):
            var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
            while body.hasSuffix(";") { body = String(body.dropLast()).trimmingCharacters(in: .whitespaces) }
            return "(\(body)) AS \(dialect.quote("source"))"
        }
    }
}
