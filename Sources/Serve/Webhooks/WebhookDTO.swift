/// A webhook as answered: the secret only as a masked hint (in full only when just created).
struct WebhookDTO: Encodable, Sendable {
    let webhookID: String
    let name: String
    let url: String
    let events: [String]
    let active: Bool
    let secretHint: String
    /// Set when the server switched the hook off: `gone` (410) or `failures`.
    let disabledReason: String?
    let consecutiveFailures: Int
    let createdAt: String
    let updatedAt: String
    /// The secret, present only in the answer to creation.
    let secret: String?

    enum CodingKeys: String, CodingKey {
        case webhookID = "webhook_id"
        case name, url, events, active, secret
        case secretHint = "secret_hint"
        case disabledReason = "disabled_reason"
        case consecutiveFailures = "consecutive_failures"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    init(_ w: WebhookRecord, revealing: Bool = false) {
        webhookID = w.id
        name = w.name
        url = w.url
        events = w.events
        active = w.active
        secretHint = w.secretHint
        disabledReason = w.disabledReason
        consecutiveFailures = w.consecutiveFailures
        createdAt = Timestamp.string(epoch: w.createdAt)
        updatedAt = Timestamp.string(epoch: w.updatedAt)
        secret = revealing ? w.secret : nil
    }
}

/// `GET /webhooks`.
struct WebhookListDTO: Encodable, Sendable {
    let webhooks: [WebhookDTO]
}

/// One delivery as listed: never the receiver's response body.
struct DeliveryDTO: Encodable, Sendable {
    let deliveryID: String
    let eventID: String
    let event: String
    let status: DeliveryRecord.Status
    let attempts: Int
    let responseCode: Int?
    /// Milliseconds the last attempt took.
    let durationMS: Int?
    let error: String?
    let nextRetryAt: String?
    let createdAt: String
    let deliveredAt: String?

    enum CodingKeys: String, CodingKey {
        case deliveryID = "delivery_id"
        case eventID = "event_id"
        case event, status, attempts, error
        case responseCode = "response_code"
        case durationMS = "duration_ms"
        case nextRetryAt = "next_retry_at"
        case createdAt = "created_at"
        case deliveredAt = "delivered_at"
    }

    init(_ d: DeliveryRecord) {
        deliveryID = d.id
        eventID = d.eventID
        event = d.event
        status = d.status
        attempts = d.attempts
        responseCode = d.responseCode
        durationMS = d.durationMS
        error = d.error
        nextRetryAt = d.status == .pending ? d.nextAttemptAt.map { Timestamp.string(epoch: $0) } : nil
        createdAt = Timestamp.string(epoch: d.createdAt)
        deliveredAt = d.deliveredAt.map { Timestamp.string(epoch: $0) }
    }
}

/// `GET /webhooks/{id}/deliveries`.
struct DeliveryListDTO: Encodable, Sendable {
    let deliveries: [DeliveryDTO]
    let pagination: Pagination
}

/// The answer to a test ping or a redelivery: the queued delivery.
struct QueuedDeliveryDTO: Encodable, Sendable {
    let deliveryID: String
    let eventID: String
    let status = "pending"

    enum CodingKeys: String, CodingKey {
        case deliveryID = "delivery_id"
        case eventID = "event_id"
        case status
    }
}

/// `DELETE /webhooks/{id}`.
struct DeletedWebhookDTO: Encodable, Sendable {
    let webhookID: String
    let deleted = true

    enum CodingKeys: String, CodingKey {
        case webhookID = "webhook_id"
        case deleted
    }
}
