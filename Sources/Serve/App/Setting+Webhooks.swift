import Foundation

extension Setting {
    /// The `AISER_WEBHOOK_*` settings.
    static let webhookSettings: [Setting] = [
        Setting(
            "AISER_WEBHOOK_ALLOW_PRIVATE", default: { String($0.webhooks.allowPrivate) },
            "`true` lets webhooks reach loopback, private and link-local addresses (development and tests only; the SSRF guard refuses them otherwise)."
        ) { $0.webhooks.allowPrivate = try bool($1, "AISER_WEBHOOK_ALLOW_PRIVATE") },
        Setting(
            "AISER_WEBHOOK_MAX_ATTEMPTS", default: { String($0.webhooks.maxAttempts) },
            "Attempts per webhook delivery before it is marked failed."
        ) { $0.webhooks.maxAttempts = try int($1, "AISER_WEBHOOK_MAX_ATTEMPTS", 1...50) },
        Setting(
            "AISER_WEBHOOK_RETRY_BASE_SECONDS", default: { String($0.webhooks.retryBaseSeconds) },
            "First retry delay of a failed delivery; each further one is three times longer, with ±20 % jitter (8 attempts span about 18 hours)."
        ) { $0.webhooks.retryBaseSeconds = try int($1, "AISER_WEBHOOK_RETRY_BASE_SECONDS", 1...86_400) },
        Setting(
            "AISER_WEBHOOK_DISABLE_AFTER", default: { String($0.webhooks.disableAfterFailures) },
            "Failed attempts in a row after which a webhook is switched off (a 410 Gone answer switches it off at once)."
        ) { $0.webhooks.disableAfterFailures = try int($1, "AISER_WEBHOOK_DISABLE_AFTER", 1...10_000) },
        Setting(
            "AISER_WEBHOOK_TIMEOUT_SECONDS", default: { String($0.webhooks.totalTimeoutSeconds) },
            "Time limit of one delivery attempt (connecting takes at most 5 seconds of it)."
        ) { $0.webhooks.totalTimeoutSeconds = try int($1, "AISER_WEBHOOK_TIMEOUT_SECONDS", 1...300) },
        Setting(
            "AISER_WEBHOOK_CONCURRENCY", default: { String($0.webhooks.concurrency) },
            "Webhook deliveries in flight at once (at most 2 per webhook)."
        ) { $0.webhooks.concurrency = try int($1, "AISER_WEBHOOK_CONCURRENCY", 1...256) },
    ]

    static func bool(_ text: String, _ key: String) throws -> Bool {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw SettingsError("\(key) must be true or false, not \(text).")
        }
    }
}
