import Engine
import Foundation
import Synchronization

/// Counts authenticated API calls per organization and month in memory and writes them to the
/// metadata database at most once a second (and on `flush()`), so counting costs no write per
/// request.
final class CallCounter: Sendable {
    private struct State {
        var pending: [String: [String: Int]] = [:]
        var lastFlush = Date.distantPast
    }

    private let repository: any OrganizationRepository
    private let state = Mutex(State())

    init(repository: any OrganizationRepository) {
        self.repository = repository
    }

    /// The `2024-01` month of `date` in UTC (Engine's one date formatter; no calendar per request).
    static func month(of date: Date) -> String { DateText.month(date) }

    /// Counts one call; writes the batch when the last write is over a second old.
    func record(organizationID: String, at date: Date) async {
        let month = Self.month(of: date)
        let due: Bool = state.withLock { s in
            s.pending[organizationID, default: [:]][month, default: 0] += 1
            return date.timeIntervalSince(s.lastFlush) >= 1
        }
        if due { await flush(at: date) }
    }

    /// Calls counted but not yet written.
    func pending(organizationID: String, month: String) -> Int {
        state.withLock { $0.pending[organizationID]?[month] ?? 0 }
    }

    /// Writes every pending count.
    func flush(at date: Date = Date()) async {
        let batch = state.withLock { s -> [String: [String: Int]] in
            let b = s.pending
            s.pending = [:]
            s.lastFlush = date
            return b
        }
        for (org, months) in batch {
            for (month, count) in months {
                try? await repository.countCalls(organizationID: org, month: month, count: count)
            }
        }
    }
}
