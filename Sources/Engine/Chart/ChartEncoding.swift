/// Which result columns feed which part of a chart.
public struct ChartEncoding: Sendable, Hashable, Codable {
    /// How a chart's categories are ordered.
    public enum Sort: String, Sendable, Codable {
        /// First appearance in the result (time axes are always chronological).
        case none
        /// By the x label.
        case x
        /// By the first measure, smallest first / largest first.
        case ascending, descending
    }

    /// The category / time / numeric x column.
    public var x: String?
    /// One or more measures.
    public var y: [String]
    /// Splits the first measure into one dataset per value of this column.
    public var series: String?
    /// Bubble size.
    public var size: String?
    /// Colours scatter points by category (one dataset per value).
    public var color: String?
    /// Combines rows whose x (and series) repeat. Default `sum`.
    public var aggregate: Aggregate
    /// Buckets a time x to this grain first.
    public var grain: TimeGrain?
    public var sort: Sort
    /// Keeps this many categories after sorting (a note says how many there were).
    public var limit: Int?

    public init(
        x: String? = nil, y: [String] = [], series: String? = nil, size: String? = nil, color: String? = nil,
        aggregate: Aggregate = .sum, grain: TimeGrain? = nil, sort: Sort = .none, limit: Int? = nil
    ) {
        self.x = x
        self.y = y
        self.series = series
        self.size = size
        self.color = color
        self.aggregate = aggregate
        self.grain = grain
        self.sort = sort
        self.limit = limit
    }
}
