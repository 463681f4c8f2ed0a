/// What an embed token grants: one chart or one dashboard.
enum EmbedResource: String, Sendable, CaseIterable, Codable {
    case chart, dashboard

    /// The page path of resource `id` (`/embed/chart/{id}`).
    func pagePath(_ id: String) -> String { "/embed/\(rawValue)/\(id)" }

    /// The name of the path capture holding the resource's id.
    var capture: String { "\(rawValue)_id" }
}
