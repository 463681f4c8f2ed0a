import Foundation
import Synchronization

/// Remembers which identity a credential (access token or API key) resolved to, so a repeated
/// credential skips signature verification and the session or key lookup.
///
/// Entries are tied to the metadata database's change count: any commit — logout, refresh-token
/// reuse revoking a session, a user's role, status or organization changing, a key being
/// revoked, by this process or another — changes it, and the next lookup then empties the cache
/// before answering, so a revoked credential is refused on the very next request. An entry
/// remembered from a lookup that started before a commit is discarded, because it carries the
/// older count. Entries also end when the token or its session expires.
final class CredentialCache: Sendable {
    private struct Entry {
        let identity: Identity
        let validUntil: Date
    }

    private struct State {
        var version = Int64.min
        var entries: [String: Entry] = [:]
    }

    /// The most credentials remembered at once.
    let capacity: Int
    private let changeCount: @Sendable () throws -> Int64
    private let state = Mutex(State())

    /// A cache checked against `changeCount` (the metadata database's `changeCount()`).
    init(capacity: Int = 10_000, changeCount: @escaping @Sendable () throws -> Int64) {
        self.capacity = capacity
        self.changeCount = changeCount
    }

    /// The change count to look up and remember under; `nil` (no caching) when it cannot be read.
    func currentVersion() -> Int64? { try? changeCount() }

    /// The identity remembered for `credential` at `version`, if still valid at `now`.
    func identity(for credential: String, at version: Int64, now: Date) -> Identity? {
        state.withLock { s in
            if version > s.version {
                s.version = version
                s.entries.removeAll(keepingCapacity: true)
                return nil
            }
            guard version == s.version, let entry = s.entries[credential] else { return nil }
            guard now < entry.validUntil else {
                s.entries[credential] = nil
                return nil
            }
            return entry.identity
        }
    }

    /// Remembers `identity` for `credential` until `validUntil`, found by a lookup that started
    /// at `version`; ignored when the database changed since.
    func remember(_ identity: Identity, for credential: String, until validUntil: Date, seenAt version: Int64) {
        state.withLock { s in
            if version > s.version {
                s.version = version
                s.entries.removeAll(keepingCapacity: true)
            }
            guard version == s.version else { return }
            if s.entries.count >= capacity { s.entries.removeAll(keepingCapacity: true) }
            s.entries[credential] = Entry(identity: identity, validUntil: validUntil)
        }
    }

    /// How many credentials are remembered (tests).
    var count: Int { state.withLock { $0.entries.count } }

    /// Whether `credential` is remembered, whatever the change count (tests).
    func remembers(_ credential: String) -> Bool { state.withLock { $0.entries[credential] != nil } }
}
