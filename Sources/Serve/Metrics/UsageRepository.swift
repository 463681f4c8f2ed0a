/// The recorded facts behind the JSON metrics (`UsageSchema`) and what they add up to.
protocol UsageRepository: Sendable {
    /// Adds a batch of request counters, in one transaction.
    func add(_ batch: [UsageCounters.Key: UsageCounters.Tally]) async throws
    /// Records that the server is running in the minute of `epoch`.
    func heartbeat(at epoch: Int64) async throws
    /// The whole platform's figures as of `epoch`.
    func platform(at epoch: Int64) async throws -> PlatformMetrics
    /// One user's figures as of `epoch`.
    func user(_ userID: String, at epoch: Int64) async throws -> UserMetrics
}

/// `GET /metrics/platform`.
struct PlatformMetrics: Sendable, Equatable {
    struct Window: Sendable, Equatable {
        var total = 0
        var today = 0
        var week = 0
        var month = 0
    }

    var users = Window()
    var charts = Window()
    var aiQueries = Window()
    /// Seconds per answered request over the last 30 days (0 without requests).
    var averageResponseTime = 0.0
    /// Percentage of the last 30 days' minutes (since the first heartbeat) the server ran.
    var uptimePercentage = 0.0
    /// Percentage of the last 30 days' requests answered with a 5xx status.
    var errorRate = 0.0
}

/// `GET /metrics/user/{user_id}`, and the profile's `statistics`.
struct UserMetrics: Sendable, Equatable {
    var chartsCreated = 0
    var aiQueries = 0
    var bytesUploaded: Int64 = 0
    var apiCalls = 0
    var lastLogin: Int64?
    var loginsThisMonth = 0
    /// Seconds between the start and the last use of each of the user's sessions, summed.
    var sessionSeconds: Int64 = 0
    /// Seconds per natural-language request; `nil` before the first.
    var averageQueryTime: Double?
    /// Share of natural-language requests answered with 2xx; `nil` before the first.
    var successRate: Double?
}
