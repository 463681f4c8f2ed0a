/// ClickHouse (as of 18.16): no query parameters, so every value is a literal rendered by
/// `ClickHouseLiteral.render`; buckets from `toDate` and the `toStartOf…`/`toMonday`/`toISOWeek`
/// family (no `date_trunc`); no window functions or CTEs are ever emitted. Its aliases are
/// visible everywhere in a SELECT, so an output named like a column would shadow the column:
/// the compiler wraps such queries (`aliasesShadowColumns`).
public struct ClickHouseDialect: SQLDialect {
    public init() {}

    /// A back-quoted identifier; backslashes and back quotes are escaped, NULs dropped.
    public func quote(_ identifier: String) -> String {
        var out = "`"
        for ch in identifier.unicodeScalars where ch != "\0" {
            switch ch {
            case "\\": out += "\\\\"
            case "`": out += "\\`"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "`"
    }

    public var bindsValues: Bool { false }

    public var aliasesShadowColumns: Bool { true }

    public func placeholder(_ index: Int) -> String {
        preconditionFailure("ClickHouse has no bound parameters; values are literals")
    }

    public func literal(_ value: SQLValue) -> String { ClickHouseLiteral.render(value) }

    public func timeBucket(_ e: String, _ grain: TimeGrain) -> String {
        let d = "toDate(\(e))"
        switch grain {
        case .year: return "toString(toYear(\(d)))"
        case .quarter: return "concat(toString(toYear(\(d))), '-Q', toString(toQuarter(\(d))))"
        case .month: return "substring(toString(toStartOfMonth(\(d))), 1, 7)"
        case .week:
            // The ISO week-year is the year of the week's Thursday (Monday + 3 days).
            return
                "concat(toString(toYear(addDays(toMonday(\(d)), 3))), '-W', substring(toString(100 + toISOWeek(\(d))), 2, 2))"
        case .day: return "toString(\(d))"
        }
    }

    public func aggregate(_ aggregate: Aggregate, _ e: String?) -> String {
        guard let e else { return "count()" }
        // Over no values ClickHouse gives 0 (sum, min, max) or nan (avg) where SQL gives NULL.
        let empty = "count(\(e)) = 0"
        switch aggregate {
        case .sum: return "if(\(empty), NULL, sum(\(e)))"
        case .avg: return "if(\(empty), NULL, avg(\(e)))"
        case .count: return "count(\(e))"
        // A Nullable column's distinct count over only NULLs is NULL in ClickHouse, 0 in SQL.
        case .countDistinct: return "ifNull(count(DISTINCT \(e)), 0)"
        case .min: return "if(\(empty), NULL, min(\(e)))"
        case .max: return "if(\(empty), NULL, max(\(e)))"
        case .median: return median(e)
        }
    }

    /// Exact, averaging the two middle values like SQLite's and PostgreSQL's median (ClickHouse's
    /// own median/medianExact pick one element).
    public func median(_ e: String) -> String {
        let sorted = "arraySort(groupArray(toFloat64(\(e))))"
        let n = "count(\(e))"
        return
            "if(\(n) = 0, NULL, (arrayElement(\(sorted), intDiv(\(n) + 1, 2)) + arrayElement(\(sorted), intDiv(\(n) + 2, 2))) / 2)"
    }

    /// ClickHouse 18.16 counts a NULL as "not in" any list; SQL leaves it out.
    public func notIn(_ e: String, _ list: String) -> String {
        "(\(e) IS NOT NULL AND \(e) NOT IN (\(list)))"
    }

    public func contains(_ e: String, _ operand: String) -> String {
        "positionCaseInsensitiveUTF8(toString(\(e)), \(operand)) > 0"
    }

    public func order(_ name: String, descending: Bool) -> String {
        name + (descending ? " DESC NULLS LAST" : " ASC NULLS FIRST")
    }
}
