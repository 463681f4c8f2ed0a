/// The aggregates of one column from the profiler's single scan, and the SQL that computes them.
struct ColumnStatistics {
    let column: QueryResult.Column
    /// `count`, `count(DISTINCT)`, `min`, `max`, `avg` (of `julianday` for dates), consistent count.
    let values: [SQLValue]

    var nonNull: Int { Int(values[0].int ?? 0) }
    var consistent: Int { Int(values[5].int ?? 0) }

    /// The six aggregate expressions for `column`, in the order of `values`.
    static func expressions(for column: QueryResult.Column) -> [String] {
        let q = Identifier.quote(column.name)
        let range: [String]
        switch column.type {
        case .integer, .decimal: range = ["min(\(q))", "max(\(q))", "avg(\(q))"]
        case .date, .datetime: range = ["min(\(q))", "max(\(q))", "avg(julianday(\(q)))"]
        case .boolean, .string: range = ["NULL", "NULL", "NULL"]
        }
        let fits: String
        switch column.type {
        case .integer: fits = "typeof(\(q)) = 'integer'"
        case .decimal: fits = "typeof(\(q)) IN ('integer', 'real')"
        case .boolean: fits = "typeof(\(q)) = 'integer' AND \(q) IN (0, 1)"
        case .date: fits = "typeof(\(q)) = 'text' AND date(\(q)) IS \(q)"
        case .datetime: fits = "typeof(\(q)) = 'text' AND julianday(\(q)) IS NOT NULL"
        case .string: fits = "\(q) IS NOT NULL"
        }
        return ["count(\(q))", "count(DISTINCT \(q))"] + range + ["count(CASE WHEN \(fits) THEN 1 END)"]
    }

    /// The column's profile, given the table's row count and its samples.
    func profile(rows: Int, samples: [String], db: Connection) throws -> ColumnProfile {
        var profile = ColumnProfile(
            name: column.name, type: column.type, nullable: nonNull < rows,
            uniqueValues: Int(values[1].int ?? 0), sampleValues: samples)
        switch column.type {
        case .integer, .decimal:
            profile.min = Self.number(values[2], integer: column.type == .integer)
            profile.max = Self.number(values[3], integer: column.type == .integer)
            profile.mean = values[4].double.map(ProfileValue.number)
        case .date, .datetime:
            profile.min = values[2].string.map(ProfileValue.text)
            profile.max = values[3].string.map(ProfileValue.text)
            if let jd = values[4].double {
                let f = column.type == .date ? "date" : "datetime"
                profile.mean = try db.query("SELECT \(f)(?)", [.real(jd)]).rows[0][0].string.map(ProfileValue.text)
            }
        case .boolean, .string:
            break
        }
        return profile
    }

    private static func number(_ v: SQLValue, integer: Bool) -> ProfileValue? {
        if integer, case .integer(let i) = v { return .integer(i) }
        return v.double.map(ProfileValue.number)
    }

    /// A stored value as sample text: booleans as `true`/`false`, numbers without a needless `.0`.
    static func text(_ v: SQLValue, as type: ColumnType) -> String {
        if type == .boolean, let i = v.int { return i == 0 ? "false" : "true" }
        return v.string ?? ""
    }
}
