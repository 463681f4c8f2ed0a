/// Describes a table: per column type, nullability, distinct count, samples and range; per table
/// completeness and a quality score (see `TableProfile`).
///
/// ```swift
/// let profile = try Profiler.profile(table: "sales", in: db)
/// print(profile.jsonText())
/// ```
public enum Profiler {
    /// How many sample values a column reports.
    static let sampleCount = 5

    /// Profiles `table` of `db` with one aggregate scan, one scan for duplicate rows, and a short
    /// scan per column for its sample values.
    public static func profile(table: String, in db: Connection) throws -> TableProfile {
        let columns = try db.columns(of: table)
        guard !columns.isEmpty else { throw ProfileError("there is no table called \(Identifier.quote(table))") }
        let from = Identifier.quote(table)
        var parts = ["count(*)"]
        for column in columns { parts += ColumnStatistics.expressions(for: column) }
        let totals = try db.query("SELECT \(parts.joined(separator: ", ")) FROM \(from)").rows[0]
        let rows = Int(totals[0].int ?? 0)
        var profiles: [ColumnProfile] = []
        var nonNullCells = 0, consistentCells = 0
        for (k, column) in columns.enumerated() {
            let stats = ColumnStatistics(column: column, values: Array(totals[(1 + k * 6)..<(1 + k * 6 + 6)]))
            nonNullCells += stats.nonNull
            consistentCells += stats.consistent
            profiles.append(
                try stats.profile(rows: rows, samples: try samples(of: column, in: from, db: db), db: db))
        }
        let distinctRows =
            try db.query("SELECT count(*) FROM (SELECT DISTINCT * FROM \(from))").rows[0][0].int ?? 0
        let cells = rows * columns.count
        let completeness = cells == 0 ? 1 : Double(nonNullCells) / Double(cells)
        let consistency = nonNullCells == 0 ? 1 : Double(consistentCells) / Double(nonNullCells)
        let duplicates = rows == 0 ? 0 : Double(rows - Int(distinctRows)) / Double(rows)
        let score = TableProfile.score(
            completeness: completeness, typeConsistency: consistency, duplicateRatio: duplicates)
        return TableProfile(
            columns: profiles, totalRows: rows, completeness: round4(completeness), dataQualityScore: round4(score),
            typeConsistency: consistency, duplicateRatio: duplicates)
    }

    /// The first distinct non-null values of `column` in table order, as text.
    static func samples(of column: QueryResult.Column, in from: String, db: Connection) throws -> [String] {
        let name = Identifier.quote(column.name)
        let statement = try db.prepare("SELECT \(name) FROM \(from) WHERE \(name) IS NOT NULL")
        var seen: [String] = []
        while seen.count < sampleCount, try statement.step() {
            let text = ColumnStatistics.text(statement.value(at: 0), as: column.type)
            if !seen.contains(text) { seen.append(text) }
        }
        statement.reset()
        return seen
    }

    static func round4(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}
