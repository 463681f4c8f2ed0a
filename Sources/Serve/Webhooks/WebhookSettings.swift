/// How webhooks are delivered (the `AISER_WEBHOOK_*` settings).
public struct WebhookSettings: Sendable, Equatable {
    /// Allow receivers on loopback and private addresses (development and tests only).
    public var allowPrivate = false
    /// Attempts per delivery before it is marked failed (8: about a day with the default base).
    public var maxAttempts = 8
    /// First retry delay in seconds; each further one is three times longer, ±20 % jitter.
    public var retryBaseSeconds = 60
    /// Failed attempts in a row after which the hook is switched off.
    public var disableAfterFailures = 30
    /// Seconds to connect, and for the whole request.
    public var connectTimeoutSeconds = 5
    public var totalTimeoutSeconds = 10
    /// Deliveries in flight at once, overall and per hook.
    public var concurrency = 8
    public var perHookConcurrency = 2
    /// Seconds between looks at the outbox.
    public var pollSeconds = 1.0
    /// Whether the server runs the delivery worker (tests that drive deliveries by hand turn it off).
    public var runsWorker = true

    public init() {}

    /// Seconds to wait before attempt `attempt + 1` after `attempt` failed ones, with jitter in
    /// ±20 % drawn from `unit` (0…1).
    func delay(afterAttempt attempt: Int, unit: Double) -> Int64 {
        let base = Double(retryBaseSeconds) * pow3(attempt - 1)
        return max(1, Int64((base * (0.8 + 0.4 * unit)).rounded()))
    }

    private func pow3(_ n: Int) -> Double { (0..<max(0, n)).reduce(1.0) { acc, _ in acc * 3 } }
}
