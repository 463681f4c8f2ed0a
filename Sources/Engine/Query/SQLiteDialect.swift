/// SQLite: dates are ISO text, so buckets come from `strftime`; `median` is Aiser's aggregate.
public struct SQLiteDialect: SQLDialect {
    public init() {}

    public func quote(_ identifier: String) -> String { Identifier.quote(identifier) }

    public func placeholder(_ index: Int) -> String { "?" }

    public func timeBucket(_ e: String, _ grain: TimeGrain) -> String {
        switch grain {
        case .year: return "strftime('%Y', \(e))"
        case .quarter:
            return "(strftime('%Y', \(e)) || '-Q' || ((CAST(strftime('%m', \(e)) AS INTEGER) + 2) / 3))"
        case .month: return "strftime('%Y-%m', \(e))"
        case .day: return "strftime('%Y-%m-%d', \(e))"
        case .week:
            // The Thursday of a date's ISO week decides the ISO week-year and the week number.
            let thursday = "date(\(e), '-3 days', 'weekday 4')"
            return
                "(strftime('%Y', \(thursday)) || '-W' || printf('%02d', (CAST(strftime('%j', \(thursday)) AS INTEGER) - 1) / 7 + 1))"
        }
    }

    public func median(_ e: String) -> String { "median(\(e))" }

    public func contains(_ e: String, _ operand: String) -> String {
        "instr(lower(\(e)), lower(\(operand))) > 0"
    }
}
