/// What the parser understood, before it becomes a `Query`.
struct Understanding: Sendable {
    struct MeasureSpec: Sendable, Hashable {
        var aggregate: Aggregate?
        /// `nil`: the rows themselves (`count(*)`).
        var field: Int?
    }

    struct DimensionSpec: Sendable, Hashable {
        var field: Int
        var grain: TimeGrain?
    }

    /// Work the query model cannot express, done on the result rows.
    enum Post: Sendable, Hashable {
        case none, share, growth, ratio, difference
        /// Growth from the first to the last period of a named span, as one number.
        case change
    }

    var measures: [MeasureSpec] = []
    var dimensions: [DimensionSpec] = []
    /// Whether the dimensions came from "which …" / "… with the highest" (argmax) rather than "by".
    var argmax = false
    var filters: [(field: Int, op: Filter.Operator, values: [SQLValue])] = []
    var range: TimeRange?
    var limit: Int?
    /// Order by the first measure (`true`: descending); `nil`: the default order.
    var descending: Bool?
    var post: Post = .none
    var chart: String?
    var versus = false
    var extreme: Bool?
    /// Words of the question that ground to nothing (they lower the confidence).
    var unknown: [String] = []
    /// Unit conversion of the answer ("in kg"): the factor and the unit word.
    var scale: (factor: Double, unit: String)?
    /// How much of the question was grounded: content items, and their grounded weight.
    var content = 0
    var grounded = 0.0

    /// The share of the question's content words that ground to the schema, the values or the
    /// fixed vocabulary (1: every word understood).
    var confidence: Double { content == 0 ? 0 : min(1, grounded / Double(content)) }
}
