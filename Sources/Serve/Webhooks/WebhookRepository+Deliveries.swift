import Engine
import Foundation

extension WebhookRepository {
    static let deliveryColumns =
        "id, webhook_id, event_id, event, payload, status, attempts, response_code, duration_ms, error, next_attempt_at, created_at, delivered_at"

    static func delivery(_ r: [SQLValue]) -> DeliveryRecord {
        DeliveryRecord(
            id: r.text(0), webhookID: r.text(1), eventID: r.text(2), event: r.text(3), payload: r.text(4),
            status: DeliveryRecord.Status(rawValue: r.text(5)) ?? .failed, attempts: Int(r.int64(6)),
            responseCode: r.optionalInt64(7).map(Int.init), durationMS: r.optionalInt64(8).map(Int.init),
            error: r.optionalText(9), nextAttemptAt: r.optionalInt64(10), createdAt: r.int64(11),
            deliveredAt: r.optionalInt64(12))
    }

    /// A hook's deliveries, newest first, and how many there are.
    func deliveries(webhookID: String, page: Page) async throws -> (deliveries: [DeliveryRecord], total: Int) {
        try await db.read { c in
            let total =
                try c.firstRow(
                    "SELECT count(*) FROM webhook_deliveries WHERE webhook_id = ?", [.text(webhookID)])?.first?.int ?? 0
            let rows = try c.rows(
                """
                SELECT \(Self.deliveryColumns) FROM webhook_deliveries WHERE webhook_id = ?
                ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?
                """, [.text(webhookID), .integer(Int64(page.limit)), .integer(Int64(page.offset))])
            return (rows.map(Self.delivery), Int(total))
        }
    }

    func delivery(id: String, webhookID: String) async throws -> DeliveryRecord? {
        try await db.read { c in
            try c.firstRow(
                "SELECT \(Self.deliveryColumns) FROM webhook_deliveries WHERE id = ? AND webhook_id = ?",
                [.text(id), .text(webhookID)])
        }.map(Self.delivery)
    }

    /// Pending deliveries of active hooks due by `time`, oldest first.
    func due(at time: Int64, limit: Int, excluding busy: Set<String>) async throws -> [DeliveryRecord] {
        try await db.read { c in
            try c.rows(
                """
                SELECT \(Self.deliveryColumns.split(separator: ",").map { "d." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))
                FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
                WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND w.active = 1
                ORDER BY d.next_attempt_at, d.rowid LIMIT ?
                """, [.integer(time), .integer(Int64(limit + busy.count))])
        }.map(Self.delivery).filter { !busy.contains($0.id) }
    }

    /// A new pending delivery of `event` with `payload` to one hook (test pings, redeliveries).
    func enqueue(webhookID: String, event: WebhookEvent, eventID: String, payload: String, at time: Int64)
        async throws -> String
    {
        try await db.write { c in
            try WebhookOutbox.insert(
                webhookID: webhookID, eventID: eventID, event: event, payload: payload, at: time, on: c)
        }
    }

    /// Records an attempt's outcome on the delivery and the hook's failure run, switching the
    /// hook off when `disable` names a reason.
    func record(_ d: DeliveryRecord, hookFailures: Int, disable: String?, at time: Int64) async throws {
        _ = try await db.write { c in
            try c.transaction {
                _ = try c.run(
                    """
                    UPDATE webhook_deliveries SET status = ?, attempts = ?, response_code = ?, duration_ms = ?,
                    error = ?, next_attempt_at = ?, delivered_at = ? WHERE id = ?
                    """,
                    [
                        .text(d.status.rawValue), .integer(Int64(d.attempts)),
                        .optional(d.responseCode.map(Int64.init)),
                        .optional(d.durationMS.map(Int64.init)), .optional(d.error), .optional(d.nextAttemptAt),
                        .optional(d.deliveredAt), .text(d.id),
                    ])
                _ = try c.run(
                    """
                    UPDATE webhooks SET failure_count = ?, active = CASE WHEN ? IS NULL THEN active ELSE 0 END,
                    disabled_reason = coalesce(?, disabled_reason) WHERE id = ?
                    """,
                    [.integer(Int64(hookFailures)), .optional(disable), .optional(disable), .text(d.webhookID)])
            }
        }
    }
}
