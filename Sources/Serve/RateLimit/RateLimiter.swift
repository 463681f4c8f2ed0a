import Foundation
import Synchronization

/// Fixed-window request counting per category and caller, safe under concurrency (one `Mutex`).
/// The clock is injected so tests can move time instead of sleeping.
final class RateLimiter: Sendable {
    /// The verdict for one request.
    struct Decision: Sendable, Equatable {
        let allowed: Bool
        let limit: Int
        let remaining: Int
        /// Epoch second when the window resets.
        let reset: Int64
        /// Seconds until the reset (at least 1).
        let retryAfter: Int
    }

    private struct Window {
        var start: Int64
        var count: Int
    }

    let limits: RateLimits
    private let now: @Sendable () -> Date
    private let windows = Mutex<[String: Window]>([:])

    init(limits: RateLimits, now: @escaping @Sendable () -> Date) {
        self.limits = limits
        self.now = now
    }

    /// Counts one request of `key` in `category` and says whether it is allowed.
    func check(_ category: RateCategory, key: String) -> Decision {
        let limit = limits[category]
        let length = Int64(limits.windowSeconds)
        let t = Int64(now().timeIntervalSince1970.rounded(.down))
        let start = t - t % length
        let count: Int = windows.withLock { table in
            if table.count > 50_000 { table = table.filter { $0.value.start >= start } }
            let id = "\(category.rawValue):\(key)"
            var w = table[id] ?? Window(start: start, count: 0)
            if w.start != start { w = Window(start: start, count: 0) }
            if w.count <= limit { w.count += 1 }
            table[id] = w
            return w.count
        }
        let reset = start + length
        return Decision(
            allowed: count <= limit, limit: limit, remaining: max(0, limit - count), reset: reset,
            retryAfter: max(1, Int(reset - t)))
    }
}
