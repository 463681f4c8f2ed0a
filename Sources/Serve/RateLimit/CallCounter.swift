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

    /// The `2024-01` month of `date` in UTC (proleptic Gregorian calendar; integer arithmetic on
    /// the day number, after Howard Hinnant's `civil_from_days`, since this runs per request).
    static func month(of date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let y = String(year), m = String(month)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + (month < 10 ? "-0" : "-") + m
    }

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
