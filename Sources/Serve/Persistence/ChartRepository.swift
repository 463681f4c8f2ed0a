/// Charts, scoped by organization.
protocol ChartRepository: Sendable {
    /// Stores the chart and counts it in its user's `charts_created`, in one transaction.
    func create(_ chart: ChartRecord) async throws
    func find(id: String, organizationID: String) async throws -> ChartRecord?
    /// A chart by id alone (the unguessable id is the capability of the chart page).
    func find(id: String) async throws -> ChartRecord?
    func list(_ filter: ChartFilter, page: Page) async throws -> (charts: [ChartRecord], total: Int)
    /// Replaces title, options, chart data, `updated_at` and sharing, and bumps the version; `false`
    /// when there was none.
    func update(_ chart: ChartRecord) async throws -> Bool
    func delete(id: String, organizationID: String) async throws -> Bool
}

/// Filters and order of `GET /analytics/charts`.
struct ChartFilter: Sendable {
    enum SortField: String, Sendable, CaseIterable {
        case createdAt = "created_at", updatedAt = "updated_at", query
    }

    enum SortOrder: String, Sendable, CaseIterable { case asc, desc }

    var organizationID: String
    /// Case-insensitive substring of the question.
    var text: String?
    var chartType: String?
    var createdAfter: Int64?
    /// Only the charts of this data source.
    var dataSourceID: String?
    var sortBy: SortField = .createdAt
    var sortOrder: SortOrder = .desc
}
