/// What differs between SQL engines when compiling a `Query`: SQLite (`SQLiteDialect`, the
/// embedded default), PostgreSQL (`PostgreSQLDialect`) and ClickHouse (`ClickHouseDialect`).
/// Another engine is one more type conforming to this protocol (and one `Warehouse` connector).
public protocol SQLDialect: Sendable {
    /// A quoted identifier.
    func quote(_ identifier: String) -> String
    /// Whether values are bound parameters (`placeholder(_:)`) or rendered by `literal(_:)`.
    var bindsValues: Bool { get }
    /// The placeholder for the `index`-th bound value (1-based): `?` or `$1`.
    func placeholder(_ index: Int) -> String
    /// `value` as a safe SQL literal, for engines without bound parameters.
    func literal(_ value: SQLValue) -> String
    /// An expression giving the bucket label of a date/datetime `expression` at `grain`: `2024`,
    /// `2024-Q1`, `2024-01`, `2024-W01` (ISO week), `2024-01-31` — the same text on every engine.
    func timeBucket(_ expression: String, _ grain: TimeGrain) -> String
    /// The SQL for an aggregate over `expression` (`nil` expression: all rows). The default is
    /// standard SQL with the dialect's `median`.
    func aggregate(_ aggregate: Aggregate, _ expression: String?) -> String
    /// The exact median of `expression` (the mean of the two middle values for an even count).
    func median(_ expression: String) -> String
    /// A case-insensitive substring test of `expression` against the value `operand`.
    func contains(_ expression: String, _ operand: String) -> String
    /// `expression NOT IN (list)` with SQL's NULL rule: a NULL value is in no result.
    func notIn(_ expression: String, _ list: String) -> String
    /// Whether an output alias named like a table column hides that column in WHERE and GROUP
    /// BY (ClickHouse); the compiler then selects under fresh aliases in a subquery.
    var aliasesShadowColumns: Bool { get }
    /// One ORDER BY term over the quoted output column `name`. SQLite puts NULLs first in
    /// ascending order and last in descending order; other dialects say so explicitly.
    func order(_ name: String, descending: Bool) -> String
}

extension SQLDialect {
    public func aggregate(_ aggregate: Aggregate, _ e: String?) -> String {
        guard let e else { return "count(*)" }
        switch aggregate {
        case .sum: return "sum(\(e))"
        case .avg: return "avg(\(e))"
        case .count: return "count(\(e))"
        case .countDistinct: return "count(DISTINCT \(e))"
        case .min: return "min(\(e))"
        case .max: return "max(\(e))"
        case .median: return median(e)
        }
    }

    public var bindsValues: Bool { true }
    public var aliasesShadowColumns: Bool { false }
    public func notIn(_ e: String, _ list: String) -> String { "\(e) NOT IN (\(list))" }
    public func literal(_ value: SQLValue) -> String {
        preconditionFailure("\(Self.self) binds values; literal(_:) is not used")
    }
    public func order(_ name: String, descending: Bool) -> String {
        name + (descending ? " DESC" : " ASC")
    }
}
