import Engine
import Foundation

/// Webhooks and their deliveries in the metadata database; secrets are sealed with `box`.
struct WebhookRepository: Sendable {
    let db: MetadataStore
    let box: SecretBox

    static let columns =
        "id, organization_id, user_id, name, url, events, secret, active, failure_count, disabled_reason, created_at, updated_at"

    func record(_ r: [SQLValue]) -> WebhookRecord {
        WebhookRecord(
            id: r.text(0), organizationID: r.text(1), userID: r.text(2), name: r.text(3), url: r.text(4),
            events: StoredJSON.decode([String].self, r.text(5), default: []), secret: box.open(r.text(6)) ?? "",
            active: r.int64(7) != 0, consecutiveFailures: Int(r.int64(8)), disabledReason: r.optionalText(9),
            createdAt: r.int64(10), updatedAt: r.int64(11))
    }

    func create(_ w: WebhookRecord) async throws {
        let sealed = try box.seal(w.secret)
        _ = try await db.write { c in
            try c.run(
                "INSERT INTO webhooks(\(Self.columns)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    .text(w.id), .text(w.organizationID), .text(w.userID), .text(w.name), .text(w.url),
                    .text(StoredJSON.encode(w.events)), .text(sealed), .integer(w.active ? 1 : 0),
                    .integer(Int64(w.consecutiveFailures)), .optional(w.disabledReason), .integer(w.createdAt),
                    .integer(w.updatedAt),
                ])
        }
    }

    func update(_ w: WebhookRecord) async throws {
        let sealed = try box.seal(w.secret)
        _ = try await db.write { c in
            try c.run(
                """
                UPDATE webhooks SET name = ?, url = ?, events = ?, secret = ?, active = ?, failure_count = ?,
                disabled_reason = ?, updated_at = ? WHERE id = ?
                """,
                [
                    .text(w.name), .text(w.url), .text(StoredJSON.encode(w.events)), .text(sealed),
                    .integer(w.active ? 1 : 0), .integer(Int64(w.consecutiveFailures)), .optional(w.disabledReason),
                    .integer(w.updatedAt), .text(w.id),
                ])
        }
    }

    func find(id: String, organizationID: String?) async throws -> WebhookRecord? {
        try await db.read { c in
            try c.firstRow(
                "SELECT \(Self.columns) FROM webhooks WHERE id = ? AND (?2 IS NULL OR organization_id = ?2)",
                [.text(id), .optional(organizationID)])
        }.map(record)
    }

    func list(organizationID: String) async throws -> [WebhookRecord] {
        try await db.read { c in
            try c.rows(
                "SELECT \(Self.columns) FROM webhooks WHERE organization_id = ? ORDER BY created_at, id",
                [.text(organizationID)])
        }.map(record)
    }

    func delete(id: String) async throws {
        _ = try await db.write { c in
            try c.transaction {
                _ = try c.run("DELETE FROM webhook_deliveries WHERE webhook_id = ?", [.text(id)])
                _ = try c.run("DELETE FROM webhooks WHERE id = ?", [.text(id)])
            }
        }
    }
}

extension Backend {
    /// The outbox worker over this backend's database and settings.
    var webhookDispatcher: WebhookDispatcher {
        WebhookDispatcher(
            repository: webhooks, urlGuard: urlGuard, settings: settings.webhooks, metrics: metrics, now: now,
            logger: logger)
    }
}
