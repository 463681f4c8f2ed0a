/// The `chart_data` of an answer: a chart type, category labels and one or more series.
/// (Swapped for the Chart module's `ChartData` once it is available.)
public struct AnswerChart: Sendable, Hashable {
    /// One series: its label and one value per label (`nil`: no value).
    public struct Series: Sendable, Hashable {
        public var label: String
        public var data: [Double?]
    }

    public var type: String
    public var labels: [String]
    public var datasets: [Series]
    /// Scatter charts: the points (x, y) of one series.
    public var points: [(Double, Double)] = []

    public static func == (a: AnswerChart, b: AnswerChart) -> Bool {
        a.type == b.type && a.labels == b.labels && a.datasets == b.datasets
            && a.points.map { [$0.0, $0.1] } == b.points.map { [$0.0, $0.1] }
    }

    public func hash(into h: inout Hasher) {
        h.combine(type)
        h.combine(labels)
        h.combine(datasets)
    }
}
