import Synchronization

/// Counts open connections, in total and per client address, and admits a new one only under
/// both caps. Shared by every connection's `ConnectionGuard`.
final class ConnectionCounter: Sendable {
    private struct State {
        var total = 0
        var perClient: [String: Int] = [:]
    }

    let maxTotal: Int
    let maxPerClient: Int
    private let state = Mutex(State())

    init(maxTotal: Int, maxPerClient: Int) {
        self.maxTotal = maxTotal
        self.maxPerClient = maxPerClient
    }

    /// Counts a connection from `client` and answers true, or answers false (nothing counted)
    /// when a cap is reached.
    func admit(_ client: String) -> Bool {
        state.withLock { s in
            let mine = s.perClient[client, default: 0]
            guard s.total < maxTotal, mine < maxPerClient else { return false }
            s.total += 1
            s.perClient[client] = mine + 1
            return true
        }
    }

    /// Forgets one admitted connection of `client`.
    func release(_ client: String) {
        state.withLock { s in
            s.total -= 1
            let left = s.perClient[client, default: 1] - 1
            s.perClient[client] = left > 0 ? left : nil
        }
    }

    /// Open connections now (in total, and from `client`).
    func count(_ client: String? = nil) -> Int {
        state.withLock { s in client.map { s.perClient[$0, default: 0] } ?? s.total }
    }
}
