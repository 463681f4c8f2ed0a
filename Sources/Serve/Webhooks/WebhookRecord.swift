/// A stored webhook. `secret` is the plain signing secret (encrypted only in the database).
struct WebhookRecord: Sendable, Equatable {
    let id: String
    let organizationID: String
    let userID: String
    var name: String
    var url: String
    var events: [String]
    var secret: String
    var active: Bool
    /// Failed attempts in a row (reset by a success).
    var consecutiveFailures: Int
    /// Why the server switched the hook off (`gone`, `failures`), nil when it did not.
    var disabledReason: String?
    let createdAt: Int64
    var updatedAt: Int64

    /// Whether this hook wants `event`.
    func subscribes(to event: WebhookEvent) -> Bool {
        events.contains(WebhookEvent.wildcard) || events.contains(event.rawValue)
    }

    /// The secret as shown after creation: its last four characters.
    var secretHint: String { "••••" + String(secret.suffix(4)) }
}
