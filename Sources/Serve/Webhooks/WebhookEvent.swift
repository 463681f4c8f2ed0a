/// The events a webhook can subscribe to; `*` subscribes to all of them.
enum WebhookEvent: String, Sendable, CaseIterable, Codable {
    case chartCreated = "chart.created"
    case chartUpdated = "chart.updated"
    case chartDeleted = "chart.deleted"
    case dashboardCreated = "dashboard.created"
    case dashboardUpdated = "dashboard.updated"
    case dashboardDeleted = "dashboard.deleted"
    case userCreated = "user.created"
    case dataUploaded = "data.uploaded"
    case dataDeleted = "data.deleted"
    /// Sent only by `POST /webhooks/{id}/test`; no subscription needed.
    case ping

    /// The subscription that matches every event.
    static let wildcard = "*"

    /// The names a webhook may list in `events`.
    static var subscribable: [String] { allCases.filter { $0 != .ping }.map(\.rawValue) + [wildcard] }
}
