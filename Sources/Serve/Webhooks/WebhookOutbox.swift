import Engine
import Foundation

/// The transactional outbox: called inside the write transaction of the change an event
/// reports, it adds one delivery row per subscribed active webhook of the organization. The
/// rows commit or roll back with the change, so no event is lost and none is sent for a change
/// that did not happen.
///
/// ```swift
/// try db.transaction {
///     try db.run("INSERT INTO dashboards …", values)
///     try WebhookOutbox.enqueue(.dashboardCreated, organizationID: org, userID: user,
///                               data: ["dashboard_id": id], at: now, on: db)
/// }
/// ```
enum WebhookOutbox {
    /// The body every receiver gets: a unique event `id` for idempotency, the event name,
    /// its time and what it concerns.
    struct Payload: Encodable, Sendable {
        let id: String
        let event: String
        let timestamp: String
        let data: [String: String]
    }

    static func enqueue(
        _ event: WebhookEvent, organizationID: String, userID: String, data: [String: String], at time: Int64,
        on db: Connection
    ) throws {
        let hooks = try db.query(
            "SELECT id, events FROM webhooks WHERE organization_id = ? AND active = 1", [.text(organizationID)]
        ).rows
        let wanted = hooks.filter { row in
            let events = StoredJSON.decode([String].self, row.text(1), default: [])
            return events.contains(WebhookEvent.wildcard) || events.contains(event.rawValue)
        }
        guard !wanted.isEmpty else { return }
        let eventID = RandomToken.id("evt_")
        let body = payload(
            event, eventID: eventID, organizationID: organizationID, userID: userID, data: data, at: time)
        for row in wanted {
            try insert(webhookID: row.text(0), eventID: eventID, event: event, payload: body, at: time, on: db)
        }
    }

    /// The JSON body of an event.
    static func payload(
        _ event: WebhookEvent, eventID: String, organizationID: String, userID: String, data: [String: String],
        at time: Int64
    ) -> String {
        var fields = data
        fields["user_id"] = userID
        fields["organization_id"] = organizationID
        let payload = Payload(
            id: eventID, event: event.rawValue, timestamp: Timestamp.string(epoch: time), data: fields)
        return String(decoding: (try? JSONCoding.encoder.encode(payload)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// Adds one pending delivery, due now.
    @discardableResult
    static func insert(
        webhookID: String, eventID: String, event: WebhookEvent, payload: String, at time: Int64, on db: Connection
    ) throws -> String {
        let id = RandomToken.id("dlv_")
        _ = try db.run(
            """
            INSERT INTO webhook_deliveries(id, webhook_id, event_id, event, payload, status, attempts, next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?)
            """,
            [
                .text(id), .text(webhookID), .text(eventID), .text(event.rawValue), .text(payload),
                .integer(time), .integer(time),
            ])
        return id
    }
}
