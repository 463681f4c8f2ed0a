/// One event on its way to one webhook: the outbox row and its delivery state.
struct DeliveryRecord: Sendable, Equatable {
    /// `pending` (due at `nextAttemptAt`), `delivered`, or `failed` (no attempts left).
    enum Status: String, Sendable, Codable {
        case pending, delivered, failed
    }

    let id: String
    let webhookID: String
    let eventID: String
    let event: String
    /// The exact body sent (signed as is).
    let payload: String
    var status: Status
    var attempts: Int
    var responseCode: Int?
    var durationMS: Int?
    var error: String?
    var nextAttemptAt: Int64?
    let createdAt: Int64
    var deliveredAt: Int64?
}
