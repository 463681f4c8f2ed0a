/// What `GET /search?type=` can ask for, and the `type` of each result.
enum SearchType: String, Sendable, CaseIterable {
    case charts, dashboards, dataSources = "data_sources", users

    /// The `type` of a result, as stored in `search_objects.type`.
    var kind: String {
        switch self {
        case .charts: return "chart"
        case .dashboards: return "dashboard"
        case .dataSources: return "data_source"
        case .users: return "user"
        }
    }
}
