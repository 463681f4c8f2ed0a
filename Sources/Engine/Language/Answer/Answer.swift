/// The answer to a question: the SQL that computed it, the chart data, computed insights and
/// the question restated as understood.
public struct Answer: Sendable, Hashable {
    public var question: String
    /// The SQL run (placeholders `?` for bound values; never the question's text).
    public var sql: String
    /// The values bound to the placeholders, in order.
    public var bindings: [SQLValue]
    /// The chart, titled with the interpretation: the same `chart_data` the API answers with.
    public var chart: ChartData
    public var insights: [Insight]
    public var interpretation: String
    /// How much of the question was understood, 0–1: the share of its words that grounded to a
    /// column, a value or the fixed vocabulary. Below `Asker.confidenceThreshold` the answer is
    /// a best guess; the interpretation names the words that were ignored.
    public var confidence: Double = 1
}
