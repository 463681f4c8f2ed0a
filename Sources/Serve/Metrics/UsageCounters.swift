import Synchronization

/// Per-request counters for the JSON metrics, kept in memory by UTC day and user and handed to
/// the database in batches (`drain()`), never written per request. The user `""` counts every
/// request the server answered.
final class UsageCounters: Sendable {
    struct Key: Hashable, Sendable {
        /// Days since 1970-01-01 UTC.
        let day: Int64
        let userID: String
        let organizationID: String
    }

    struct Tally: Sendable, Equatable {
        var requests = 0
        /// Answers with a 5xx status.
        var errors = 0
        var seconds = 0.0
        var aiQueries = 0
        /// Natural-language requests answered with a status other than 2xx.
        var aiFailures = 0
        var aiSeconds = 0.0
    }

    private let pending = Mutex<[Key: Tally]>([:])

    init() {}

    /// Counts one answered request of `userID` (`""` for the server-wide count) at `epoch`.
    func record(
        userID: String, organizationID: String, at epoch: Int64, status: Int, seconds: Double, isAIQuery: Bool
    ) {
        let key = Key(day: Self.day(of: epoch), userID: userID, organizationID: organizationID)
        pending.withLock { all in
            var t = all[key] ?? Tally()
            t.requests += 1
            t.seconds += seconds
            if status >= 500 { t.errors += 1 }
            if isAIQuery {
                t.aiQueries += 1
                t.aiSeconds += seconds
                if !(200..<300).contains(status) { t.aiFailures += 1 }
            }
            all[key] = t
        }
    }

    /// Everything counted since the last drain; the counters start again from zero.
    func drain() -> [Key: Tally] {
        pending.withLock { all in
            defer { all = [:] }
            return all
        }
    }

    /// Puts a batch that could not be written back, to be written with the next one.
    func restore(_ batch: [Key: Tally]) {
        pending.withLock { all in
            for (key, t) in batch {
                var sum = all[key] ?? Tally()
                sum.requests += t.requests
                sum.errors += t.errors
                sum.seconds += t.seconds
                sum.aiQueries += t.aiQueries
                sum.aiFailures += t.aiFailures
                sum.aiSeconds += t.aiSeconds
                all[key] = sum
            }
        }
    }

    /// The UTC day number of an epoch time.
    static func day(of epoch: Int64) -> Int64 {
        epoch >= 0 ? epoch / 86_400 : (epoch - 86_399) / 86_400
    }
}
