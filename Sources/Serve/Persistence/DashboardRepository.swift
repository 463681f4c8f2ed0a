/// Dashboards, scoped by organization.
protocol DashboardRepository: Sendable {
    func create(_ dashboard: DashboardRecord) async throws
    func find(id: String, organizationID: String) async throws -> DashboardRecord?
    /// A dashboard by id alone (for its page, whose access rule the handler applies).
    func find(id: String) async throws -> DashboardRecord?
    func list(_ filter: DashboardFilter, page: Page) async throws -> (dashboards: [DashboardRecord], total: Int)
    /// Replaces name, description, layout, settings and `updated_at`; `false` when there was none.
    func update(_ dashboard: DashboardRecord) async throws -> Bool
    func delete(id: String, organizationID: String) async throws -> Bool
}

/// Filters and order of `GET /dashboards`.
struct DashboardFilter: Sendable {
    enum SortField: String, Sendable, CaseIterable {
        case createdAt = "created_at", updatedAt = "updated_at", name
    }

    var organizationID: String
    /// Search text: only dashboards whose name or description match it as `GET /search` matches.
    var search: String?
    var sortBy: SortField = .createdAt
    var sortOrder: ChartFilter.SortOrder = .desc
}
