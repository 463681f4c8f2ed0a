/// A typed analytical query over one table: group by dimensions, compute measures, filter,
/// order and limit. Compiled to SQL with bound parameters by `QueryCompiler`.
///
/// ```swift
/// let q = Query(table: "sales",
///               dimensions: [Dimension("date", grain: .month)],
///               measures: [Measure(.sum, "revenue")],
///               order: [Order("date")])
/// let rows = try QueryRunner(db).run(q)
/// ```
public struct Query: Sendable, Codable, Hashable {
    public var table: String
    public var dimensions: [Dimension]
    public var measures: [Measure]
    public var filters: [Filter]
    public var order: [Order]
    public var limit: Int?

    init(
        table: String, dimensions: [Dimension] = [], measures: [Measure] = [], filters: [Filter] = [],
        order: [Order] = [], limit: Int? = nil
    ) {
        self.table = table
        self.dimensions = dimensions
        self.measures = measures
        self.filters = filters
        self.order = order
        self.limit = limit
    }

    /// The names of the output columns, dimensions first.
    var outputNames: [String] { dimensions.map(\.name) + measures.map(\.name) }
}
