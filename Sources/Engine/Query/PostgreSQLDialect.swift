/// PostgreSQL: values bound as `$1`, `$2`…; buckets from `to_char` over the value read as a
/// timestamp (so ISO text and `date`/`timestamp` columns both work); `median` is the continuous
/// 50th percentile, which like Aiser's SQLite `median` averages the two middle values.
public struct PostgreSQLDialect: SQLDialect {
    public init() {}

    public func quote(_ identifier: String) -> String { Identifier.quote(identifier) }

    public func placeholder(_ index: Int) -> String { "$\(index)" }

    public func timeBucket(_ e: String, _ grain: TimeGrain) -> String {
        let t = "CAST(\(e) AS timestamp)"
        switch grain {
        case .year: return "to_char(\(t), 'YYYY')"
        case .quarter: return "to_char(\(t), 'YYYY-\"Q\"Q')"
        case .month: return "to_char(\(t), 'YYYY-MM')"
        case .week: return "to_char(\(t), 'IYYY-\"W\"IW')"
        case .day: return "to_char(\(t), 'YYYY-MM-DD')"
        }
    }

    public func median(_ e: String) -> String { "percentile_cont(0.5) WITHIN GROUP (ORDER BY \(e))" }

    public func contains(_ e: String, _ operand: String) -> String {
        "strpos(lower(CAST(\(e) AS text)), lower(CAST(\(operand) AS text))) > 0"
    }

    public func order(_ name: String, descending: Bool) -> String {
        name + (descending ? " DESC NULLS LAST" : " ASC NULLS FIRST")
    }
}
