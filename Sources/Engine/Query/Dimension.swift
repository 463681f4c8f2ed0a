/// A grouping column, optionally bucketed by a time grain.
public struct Dimension: Sendable, Codable, Hashable {
    public var column: String
    public var grain: TimeGrain?
    /// The output column name; defaults to the column name.
    public var alias: String?

    init(_ column: String, grain: TimeGrain? = nil, as alias: String? = nil) {
        self.column = column
        self.grain = grain
        self.alias = alias
    }

    /// The name of this dimension in the result.
    var name: String { alias ?? column }
}
