/// A stored dashboard: charts of its organization placed on a 12-column grid.
struct DashboardRecord: Sendable, Equatable {
    var id: String
    var organizationID: String
    var userID: String
    var name: String
    var description: String?
    var layout: [DashboardItem]
    var settings: DashboardSettings
    var createdAt: Int64
    var updatedAt: Int64
}

/// One chart of a dashboard and where it sits on the grid.
struct DashboardItem: Sendable, Equatable, Codable {
    var chartID: String
    var position: GridPosition

    enum CodingKeys: String, CodingKey {
        case chartID = "chart_id"
        case position
    }
}

/// A rectangle on the 12-column grid, in grid units (`x + w ≤ 12`).
struct GridPosition: Sendable, Equatable, Codable {
    var x: Int
    var y: Int
    var w: Int
    var h: Int

    /// Whether the two rectangles share any cell.
    func overlaps(_ o: GridPosition) -> Bool {
        x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h
    }
}

/// How a dashboard is shown: refresh, theme, and whether anyone with the link may open its page.
struct DashboardSettings: Sendable, Equatable, Codable {
    var autoRefresh = false
    /// Seconds between refreshes when `autoRefresh` is on.
    var refreshInterval = 300
    /// `light`, `dark` or `auto` (follows the reader's system).
    var theme = "light"
    /// Public sharing: the page answers anyone with the link (off by default).
    var isPublic = false

    enum CodingKeys: String, CodingKey {
        case autoRefresh = "auto_refresh"
        case refreshInterval = "refresh_interval"
        case theme
        case isPublic = "public"
    }
}
