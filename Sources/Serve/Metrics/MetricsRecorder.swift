import Synchronization

/// In-memory counters and latency histograms for `GET /metrics` (Prometheus). Recording is a
/// dictionary update under a lock, nothing is written to the database on the request path; the
/// figures start from zero when the server starts, as Prometheus counters do.
final class MetricsRecorder: Sendable {
    /// Upper bounds (seconds) of the latency histogram's buckets.
    static let buckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    /// One series of requests: route template, method and status.
    struct RequestKey: Hashable, Sendable {
        let method: String
        let route: String
        let status: Int
    }

    /// One route's latency histogram: counts per bucket (not cumulative), sum and count.
    struct Histogram: Sendable {
        var counts = [Int](repeating: 0, count: MetricsRecorder.buckets.count)
        var sum = 0.0
        var count = 0
    }

    struct State: Sendable {
        var requests: [RequestKey: Int] = [:]
        var latency: [String: Histogram] = [:]
        var uploads = 0
        var aiQueries = 0
        var deliveries: [String: Int] = [:]
        var exportCacheHits = 0
        var exportCacheMisses = 0
        var embedStreams = 0
    }

    private let state = Mutex(State())
    /// Operations that are natural-language requests (`ai_queries`).
    static let aiOperations: Set<String> = ["createChart", "createAnalysis", "runWorkflow"]

    /// Records one answered request. `route` is the route template (`/api/v1/users/{user_id}`),
    /// or `unmatched` for paths no route has.
    func request(method: String, route: String, operationID: String?, status: Int, seconds: Double) {
        state.withLock { s in
            s.requests[RequestKey(method: method, route: route, status: status), default: 0] += 1
            var h = s.latency[method + " " + route] ?? Histogram()
            if let i = Self.buckets.firstIndex(where: { seconds <= $0 }) { h.counts[i] += 1 }
            h.sum += seconds
            h.count += 1
            s.latency[method + " " + route] = h
            if operationID == "uploadData" && (200..<300).contains(status) { s.uploads += 1 }
            if let operationID, Self.aiOperations.contains(operationID) { s.aiQueries += 1 }
        }
    }

    /// Records one webhook delivery attempt's outcome: `delivered`, `retrying` or `failed`.
    func delivery(_ outcome: String) {
        state.withLock { $0.deliveries[outcome, default: 0] += 1 }
    }

    /// Records one chart export answered from the export cache (`hit`) or drawn anew.
    func exportCache(hit: Bool) {
        state.withLock { s in
            if hit { s.exportCacheHits += 1 } else { s.exportCacheMisses += 1 }
        }
    }

    /// Records how many live embed streams are open now.
    func embedStreams(open: Int) {
        state.withLock { $0.embedStreams = open }
    }

    /// A copy of everything recorded so far.
    var snapshot: State { state.withLock { $0 } }
}
