import Engine

/// A stored chart: the question, the engine's chart data (with options applied) and insights.
struct ChartRecord: Sendable, Equatable {
    var id: String
    var organizationID: String
    var userID: String
    var dataSourceID: String
    var query: String
    var title: String?
    /// The `options` object as the client sent it (unknown keys kept).
    var options: [String: JSONValue]
    var chartData: ChartData
    /// The computed insights, text with kind, values and confidence.
    var insights: [InsightDTO]
    var interpretation: String
    var createdAt: Int64
    var updatedAt: Int64
    /// Public sharing: the chart's page answers anyone with the link (off by default).
    var isPublic = false
    /// Bumped by every stored change (the export cache's chart version).
    var version: Int64 = 1

    var chartType: String { chartData.type.rawValue }
}
