/// The named schemas of the webhook endpoints.
enum WebhookComponents {
    static let events = JSONSchema.array(.string(enumeration: WebhookEvent.subscribable), minItems: 1, maxItems: 20)

    static let webhookProperties: [(String, JSONSchema)] = [
        ("webhook_id", .text), ("name", .text), ("url", .text), ("events", .array(.text)), ("active", .boolean),
        ("secret_hint", .text), ("disabled_reason", .string(enumeration: ["gone", "failures"])),
        ("consecutive_failures", .integer(minimum: 0)), ("created_at", .dateTime), ("updated_at", .dateTime),
    ]
    static let webhookRequired = [
        "webhook_id", "name", "url", "events", "active", "secret_hint", "consecutive_failures", "created_at",
        "updated_at",
    ]
    static let queued = JSONSchema.object(
        [("delivery_id", .text), ("event_id", .text), ("status", .string(enumeration: ["pending"]))],
        required: ["delivery_id", "event_id", "status"])

    static let schemas: [(String, JSONSchema)] = [
        (
            "WebhookRequest",
            .request(
                [
                    ("name", .string(minLength: 1, maxLength: 100)), ("url", .string(minLength: 1, maxLength: 2048)),
                    ("events", events), ("secret", .string(minLength: 16, maxLength: 200)), ("active", .boolean),
                ], required: [])
        ),
        ("Webhook", .object(webhookProperties, required: webhookRequired)),
        ("CreatedWebhook", .object(webhookProperties + [("secret", .text)], required: webhookRequired + ["secret"])),
        ("WebhookList", .object([("webhooks", .array(.reference("Webhook")))], required: ["webhooks"])),
        (
            "DeletedWebhook",
            .object([("webhook_id", .text), ("deleted", .boolean)], required: ["webhook_id", "deleted"])
        ),
        ("QueuedDelivery", queued),
        (
            "WebhookDelivery",
            .object(
                [
                    ("delivery_id", .text), ("event_id", .text), ("event", .text),
                    ("status", .string(enumeration: ["pending", "delivered", "failed"])),
                    ("attempts", .integer(minimum: 0)),
                    ("response_code", .integer()), ("duration_ms", .integer(minimum: 0)), ("error", .text),
                    ("next_retry_at", .dateTime), ("created_at", .dateTime), ("delivered_at", .dateTime),
                ], required: ["delivery_id", "event_id", "event", "status", "attempts", "created_at"])
        ),
        (
            "DeliveryList",
            .object(
                [("deliveries", .array(.reference("WebhookDelivery"))), ("pagination", .reference("Pagination"))],
                required: ["deliveries", "pagination"])
        ),
    ]
}
