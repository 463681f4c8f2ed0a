import Synchronization

/// `EmbedUpdates` within one process: a dictionary of inboxes under a lock.
final class LocalEmbedHub: EmbedUpdates {
    private struct State {
        var next = 0
        var sequence = 0
        var inboxes: [Int: EmbedInbox] = [:]
    }

    private let state = Mutex(State())

    func publish(_ change: EmbedChange) {
        var change = change
        let targets = state.withLock { s in
            s.sequence += 1
            change.sequence = s.sequence
            return s.inboxes.values.filter { $0.organizationID == change.organizationID }
        }
        for inbox in targets { inbox.offer(.change(change)) }
    }

    var sequence: Int { state.withLock { $0.sequence } }

    func subscribe(_ inbox: EmbedInbox) -> Int {
        state.withLock { s in
            s.next += 1
            s.inboxes[s.next] = inbox
            return s.next
        }
    }

    func unsubscribe(_ id: Int) {
        _ = state.withLock { $0.inboxes.removeValue(forKey: id) }
    }
}
