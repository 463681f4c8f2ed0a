/// Deadlines and caps for client connections, so idle, slow or numerous sockets cannot hold the
/// server (issue 17, finding 1). Every field is a setting (`Setting.connections`).
public struct ConnectionLimits: Sendable, Equatable {
    /// Time from accepting a connection to a complete first request head.
    public var headerTimeout: Duration = .seconds(10)
    /// Time a kept-alive connection may wait, after a response, for the next request head.
    public var idleTimeout: Duration = .seconds(15)
    /// Time a request body may take before the minimum rate applies.
    public var bodyGrace: Duration = .seconds(10)
    /// Average bytes per second a request body must arrive at after the grace period: the body
    /// deadline is `bodyGrace + received / bodyMinimumRate` after the head.
    public var bodyMinimumRate = 1024
    /// Open connections at most (also kept below the process's open-file limit).
    public var maxConnections = 1024
    /// Open connections at most from one client address.
    public var maxConnectionsPerClient = 128

    public init() {}

    /// `maxConnections`, lowered to leave room under an open-file limit of `fileLimit`
    /// (64 descriptors stay for the databases, uploads and logs).
    func effectiveMaxConnections(fileLimit: Int?) -> Int {
        guard let fileLimit else { return maxConnections }
        return max(1, min(maxConnections, fileLimit - 64))
    }

    /// When a body must be complete enough: `bodyGrace + received / bodyMinimumRate` after `start`.
    func bodyDeadline(start: ContinuousClock.Instant, received: Int) -> ContinuousClock.Instant {
        let seconds = Double(received) / Double(max(bodyMinimumRate, 1))
        return start + bodyGrace + .milliseconds(Int64(seconds * 1000))
    }
}
