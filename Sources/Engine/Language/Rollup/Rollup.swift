/// A month-grain pre-aggregate of a large table, kept in a TEMP table of the connection:
/// one row per (month, low-cardinality columns) with the count of rows and the sum, count,
/// min and max of each numeric column. Questions whose groupings and filters it can serve
/// (months, quarters, years, categories) read it instead of scanning every row.
struct Rollup: Codable {
    /// The TEMP table holding the pre-aggregate.
    let table: String
    let dateColumn: String
    /// Columns kept as they are (besides the month).
    let dimensions: Set<String>
    /// Numeric columns with their partial aggregates.
    let measures: Set<String>

    /// Stored with the artefacts: the sets sorted, so equal rollups are stored alike.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(table, forKey: .table)
        try c.encode(dateColumn, forKey: .dateColumn)
        try c.encode(dimensions.sorted(), forKey: .dimensions)
        try c.encode(measures.sorted(), forKey: .measures)
    }

    /// Text columns with at most this many values are kept as rollup dimensions.
    static let maxDistinct = 50

    static func column(_ kind: String, _ c: String) -> String { "__\(kind)__\(c)" }
    static let rowCount = "__n"

    /// Builds the rollup of the lexicon's table when it has at least `minimumRows` rows, a date
    /// column, and the rollup is at least ten times smaller than the table; else `nil`. The
    /// table is made in `schema` (TEMP by default; an attached database to keep it). With `run`
    /// (an engine with SQLite's exact results) the groups are computed there and inserted into
    /// a table of the same declared types as SQLite's `CREATE TABLE … AS SELECT` gives.
    static func build(
        for lexicon: Lexicon, on db: Connection, minimumRows: Int, schema: String = "temp",
        run: ((String) throws -> QueryResult)? = nil
    ) throws -> Rollup? {
        guard lexicon.rowCount >= minimumRows, let t = lexicon.temporalFields.first else { return nil }
        let date = lexicon.fields[t].name
        let dims = lexicon.fields.filter {
            ($0.type == .string || $0.type == .boolean) && $0.distinctCount <= maxDistinct
        }
        .map(\.name)
        let nums = lexicon.fields.filter { $0.type.isNumeric }.map(\.name)
        let q = Identifier.quote
        let name = "aiser_rollup_\(lexicon.table)"
        let target = "\(q(schema)).\(q(name))"
        var select = ["strftime('%Y-%m-01', \(q(date))) AS \(q(date))"] + dims.map(q)
        select.append("count(*) AS \(q(rowCount))")
        for c in nums {
            for kind in ["sum", "count", "min", "max"] { select.append("\(kind)(\(q(c))) AS \(q(column(kind, c)))") }
        }
        let groups = (1...(1 + dims.count)).map(String.init).joined(separator: ", ")
        let from = "SELECT \(select.joined(separator: ", ")) FROM \(q(lexicon.table))"
        try db.execute("DROP TABLE IF EXISTS \(target)")
        if let run {
            let result = try run("\(from) GROUP BY \(groups)")
            guard result.rows.count * 10 <= lexicon.rowCount else { return nil }
            try db.execute("CREATE TABLE \(target) AS \(from) WHERE 0 GROUP BY \(groups)")
            let marks = Array(repeating: "?", count: select.count).joined(separator: ", ")
            let insert = try db.prepare("INSERT INTO \(target) VALUES (\(marks))")
            for row in result.rows {
                try insert.bind(row)
                while try insert.step() {}
                insert.reset()
            }
        } else {
            try db.execute("CREATE TABLE \(target) AS \(from) GROUP BY \(groups)")
            let rows = try db.query("SELECT count(*) FROM \(target)").rows.first?.first?.int ?? 0
            guard rows * 10 <= lexicon.rowCount else {
                try db.execute("DROP TABLE \(target)")
                return nil
            }
        }
        return Rollup(table: name, dateColumn: date, dimensions: Set(dims), measures: Set(nums))
    }
}
