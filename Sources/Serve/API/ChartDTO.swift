import Engine

/// The answer to `POST /analytics/chart`.
struct CreatedChartDTO: Encodable, Sendable {
    let chartID: String
    let chartURL: String
    let chartData: ChartData
    let insights: [String]
    let insightDetails: [InsightDTO]
    let interpretation: String
    let generatedAt: String

    enum CodingKeys: String, CodingKey {
        case chartID = "chart_id"
        case chartURL = "chart_url"
        case chartData = "chart_data"
        case insights, interpretation
        case insightDetails = "insight_details"
        case generatedAt = "generated_at"
    }

    init(_ c: ChartRecord, base: String?) {
        chartID = c.id
        chartURL = ChartDTO.url(of: c.id, base: base)
        chartData = c.chartData
        insights = c.insights.map(\.text)
        insightDetails = c.insights
        interpretation = c.interpretation
        generatedAt = Timestamp.string(epoch: c.createdAt)
    }
}

/// A stored chart (`GET`/`PUT /analytics/chart/{chart_id}`).
struct ChartDTO: Encodable, Sendable {
    let chartID: String
    let query: String
    let title: String?
    let dataSourceID: String
    let chartType: String
    let chartURL: String
    let chartData: ChartData
    let options: [String: JSONValue]
    let insights: [String]
    let insightDetails: [InsightDTO]
    let interpretation: String
    let settings: ChartSettingsDTO
    let createdAt: String
    let updatedAt: String

    enum CodingKeys: String, CodingKey {
        case chartID = "chart_id"
        case query, title, options, insights, interpretation, settings
        case insightDetails = "insight_details"
        case dataSourceID = "data_source_id"
        case chartType = "chart_type"
        case chartURL = "chart_url"
        case chartData = "chart_data"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The chart's HTML page: under the server's public URL when one is set, else its path.
    static func url(of id: String, base: String?) -> String { (base ?? "") + "/charts/\(id)" }

    init(_ c: ChartRecord, base: String?) {
        chartID = c.id
        query = c.query
        title = c.title
        dataSourceID = c.dataSourceID
        chartType = c.chartType
        chartURL = Self.url(of: c.id, base: base)
        chartData = c.chartData
        options = c.options
        insights = c.insights.map(\.text)
        insightDetails = c.insights
        interpretation = c.interpretation
        settings = ChartSettingsDTO(isPublic: c.isPublic)
        createdAt = Timestamp.string(epoch: c.createdAt)
        updatedAt = Timestamp.string(epoch: c.updatedAt)
    }
}

/// A chart's `settings`: whether its page is shared publicly.
struct ChartSettingsDTO: Encodable, Sendable {
    let isPublic: Bool

    enum CodingKeys: String, CodingKey {
        case isPublic = "public"
    }
}

/// One row of `GET /analytics/charts`.
struct ChartSummaryDTO: Encodable, Sendable {
    let chartID: String
    let query: String
    let title: String?
    let chartType: String
    let createdAt: String
    let updatedAt: String

    enum CodingKeys: String, CodingKey {
        case chartID = "chart_id"
        case query, title
        case chartType = "chart_type"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    init(_ c: ChartRecord) {
        chartID = c.id
        query = c.query
        title = c.title
        chartType = c.chartType
        createdAt = Timestamp.string(epoch: c.createdAt)
        updatedAt = Timestamp.string(epoch: c.updatedAt)
    }
}

/// `GET /analytics/charts`.
struct ChartListDTO: Encodable, Sendable {
    let charts: [ChartSummaryDTO]
    let pagination: Pagination
}

/// `DELETE /analytics/chart/{chart_id}`.
struct DeletedChartDTO: Encodable, Sendable {
    let chartID: String
    let deleted = true

    enum CodingKeys: String, CodingKey {
        case chartID = "chart_id"
        case deleted
    }
}
