/// The schema and quality statistics of a table: the `data` object of
/// `GET /api/v1/data/sources/{id}/schema` without `data_source_id`.
///
/// The quality score is
///
///     data_quality_score = 0.6 × completeness + 0.2 × type_consistency + 0.2 × (1 − duplicate_ratio)
///
/// - `completeness`: non-null cells / all cells (1 for a table without cells);
/// - `type_consistency`: non-null cells whose stored value fits the column's type (an integer in
///   an integer column, a number in a decimal column, 0/1 in a boolean column, an ISO date in a
///   date column, a parseable date-time in a datetime column; any value in a string column) /
///   all non-null cells (1 when there are none) — below 1 only for tables Aiser did not load;
/// - `duplicate_ratio`: rows that repeat an earlier row exactly / all rows (0 for no rows).
///
/// `completeness` and `data_quality_score` are rounded to 4 decimal places.
public struct TableProfile: Sendable, Equatable, Encodable {
    /// The columns in table order.
    public var columns: [ColumnProfile]
    public var totalRows: Int
    public var completeness: Double
    public var dataQualityScore: Double
    /// The score's other two components (not part of the API object).
    public var typeConsistency: Double
    public var duplicateRatio: Double

    init(
        columns: [ColumnProfile], totalRows: Int, completeness: Double, dataQualityScore: Double,
        typeConsistency: Double, duplicateRatio: Double
    ) {
        self.columns = columns
        self.totalRows = totalRows
        self.completeness = completeness
        self.dataQualityScore = dataQualityScore
        self.typeConsistency = typeConsistency
        self.duplicateRatio = duplicateRatio
    }

    /// The quality score from its three components, as documented above (not rounded).
    static func score(completeness: Double, typeConsistency: Double, duplicateRatio: Double) -> Double {
        0.6 * completeness + 0.2 * typeConsistency + 0.2 * (1 - duplicateRatio)
    }

    struct Key: CodingKey {
        var stringValue: String
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    /// `{"schema": {column: …} in column order, "statistics": {…}}`. Foundation's `JSONEncoder`
    /// does not keep key order; `jsonText()` does.
    public func encode(to encoder: any Encoder) throws {
        var root = encoder.container(keyedBy: Key.self)
        var schema = root.nestedContainer(keyedBy: Key.self, forKey: Key("schema"))
        for column in columns { try schema.encode(column, forKey: Key(column.name)) }
        var stats = root.nestedContainer(keyedBy: Key.self, forKey: Key("statistics"))
        try stats.encode(totalRows, forKey: Key("total_rows"))
        try stats.encode(completeness, forKey: Key("completeness"))
        try stats.encode(dataQualityScore, forKey: Key("data_quality_score"))
    }
}
