/// An aggregated value: `sum(revenue)`, `count(*)`, `median(price)` …
public struct Measure: Sendable, Codable, Hashable {
    public var aggregate: Aggregate
    /// The column aggregated; `nil` only for `count`, meaning `count(*)`.
    public var column: String?
    /// The output column name; defaults to `sum_revenue`, `count`, ….
    public var alias: String?

    init(_ aggregate: Aggregate, _ column: String? = nil, as alias: String? = nil) {
        self.aggregate = aggregate
        self.column = column
        self.alias = alias
    }

    /// The name of this measure in the result.
    var name: String {
        if let alias { return alias }
        guard let column else { return aggregate.rawValue }
        return "\(aggregate.rawValue)_\(column)"
    }
}
