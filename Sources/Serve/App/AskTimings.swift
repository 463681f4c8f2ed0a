import Synchronization

/// The server's own timings of answered questions (`POST /analytics/chart`), for the mean
/// response time that `GET /ai/models` reports. Only successful answers are counted.
final class AskTimings: Sendable {
    private let state = Mutex<(count: Int, seconds: Double)>((0, 0))

    func record(seconds: Double) {
        state.withLock { $0 = ($0.count + 1, $0.seconds + seconds) }
    }

    /// Mean seconds per answer, `nil` before the first one.
    var meanSeconds: Double? {
        state.withLock { $0.count == 0 ? nil : $0.seconds / Double($0.count) }
    }

    var count: Int { state.withLock { $0.count } }
}
