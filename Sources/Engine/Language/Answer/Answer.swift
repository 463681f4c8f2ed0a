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
}
