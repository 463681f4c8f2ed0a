import Engine
import Foundation

/// A dashboard (`GET`/`POST`/`PUT /dashboards…`): its layout items carry their chart's data.
struct DashboardDTO: Encodable, Sendable {
    let dashboardID: String
    let name: String
    let description: String?
    let layout: [DashboardItemDTO]
    let settings: DashboardSettings
    let dashboardURL: String
    let createdAt: String
    let updatedAt: String

    enum CodingKeys: String, CodingKey {
        case dashboardID = "dashboard_id"
        case name, description, layout, settings
        case dashboardURL = "dashboard_url"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The dashboard's HTML page: under the server's public URL when one is set, else its path.
    static func url(of id: String, base: String?) -> String { (base ?? "") + "/dashboards/\(id)" }

    /// `charts`: the organization's charts by id; an item whose chart is gone becomes a placeholder.
    init(_ d: DashboardRecord, charts: [String: ChartRecord], base: String?) {
        dashboardID = d.id
        name = d.name
        description = d.description
        layout = d.layout.map { DashboardItemDTO($0, chart: charts[$0.chartID]) }
        settings = d.settings
        dashboardURL = Self.url(of: d.id, base: base)
        createdAt = Timestamp.string(epoch: d.createdAt)
        updatedAt = Timestamp.string(epoch: d.updatedAt)
    }
}

/// One item of a dashboard's layout. When its chart was deleted, `status` is `chart_deleted`,
/// `chart_data` is absent and `message` says so: the item stays where it was.
struct DashboardItemDTO: Encodable, Sendable {
    let chartID: String
    let position: GridPosition
    let status: String
    let title: String?
    let chartData: ChartData?
    let message: String?

    static let deletedMessage = "This chart was deleted."

    enum CodingKeys: String, CodingKey {
        case chartID = "chart_id"
        case position, status, title, message
        case chartData = "chart_data"
    }

    init(_ item: DashboardItem, chart: ChartRecord?) {
        chartID = item.chartID
        position = item.position
        status = chart == nil ? "chart_deleted" : "ok"
        title = chart.map { $0.title ?? $0.chartData.options.title ?? $0.query }
        chartData = chart?.chartData
        message = chart == nil ? Self.deletedMessage : nil
    }
}

/// One row of `GET /dashboards`.
struct DashboardSummaryDTO: Encodable, Sendable {
    let dashboardID: String
    let name: String
    let description: String?
    let items: Int
    let createdAt: String
    let updatedAt: String

    enum CodingKeys: String, CodingKey {
        case dashboardID = "dashboard_id"
        case name, description, items
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    init(_ d: DashboardRecord) {
        dashboardID = d.id
        name = d.name
        description = d.description
        items = d.layout.count
        createdAt = Timestamp.string(epoch: d.createdAt)
        updatedAt = Timestamp.string(epoch: d.updatedAt)
    }
}

/// `GET /dashboards`.
struct DashboardListDTO: Encodable, Sendable {
    let dashboards: [DashboardSummaryDTO]
    let pagination: Pagination
}

/// `DELETE /dashboards/{dashboard_id}`.
struct DeletedDashboardDTO: Encodable, Sendable {
    let dashboardID: String
    let deleted = true

    enum CodingKeys: String, CodingKey {
        case dashboardID = "dashboard_id"
        case deleted
    }
}
