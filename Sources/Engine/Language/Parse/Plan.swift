/// A parsed question ready to run: the query, the post-processing, the chart asked for, and
/// the restatement of the question.
struct Plan: Sendable {
    var query: Query
    /// For "what share of rows are X": the same measure without the category filters.
    var baseline: Query?
    var post: Understanding.Post
    var chart: String?
    var versus: Bool
    var interpretation: String
    /// Display names of the measures, in query order.
    var measureTitles: [String]
    /// Whether the first dimension is time (a bucket or a year number).
    var timeAxis: Bool
    /// How much of the question was understood (0–1); see `Asker.confidenceThreshold`.
    var confidence: Double = 1
    /// The words that grounded to nothing.
    var ignoredWords: [String] = []
    /// A factor the measure values are multiplied by ("in kg" of a column in grams).
    var scale: Double = 1
    /// Per grouping: whether it is a yes/no flag column (its 1/0 are labelled yes and no).
    var flagAxes: [Bool] = []
}
