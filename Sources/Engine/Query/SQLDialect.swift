/// What differs between SQL engines when compiling a `Query`. SQLite (`SQLiteDialect`) is the
/// only implementation today; another engine (PostgreSQL, ClickHouse) would be one more type
/// conforming to this protocol.
protocol SQLDialect: Sendable {
    /// A quoted identifier.
    func quote(_ identifier: String) -> String
    /// The placeholder for the `index`-th bound value (1-based): `?` or `$1`.
    func placeholder(_ index: Int) -> String
    /// An expression giving the bucket label of a date/datetime `expression` at `grain`.
    func timeBucket(_ expression: String, _ grain: TimeGrain) -> String
    /// The SQL for an aggregate over `expression` (`nil` expression: all rows).
    func aggregate(_ aggregate: Aggregate, _ expression: String?) -> String
    /// A case-insensitive substring test of `expression` against the bound `placeholder`.
    func contains(_ expression: String, _ placeholder: String) -> String
}
