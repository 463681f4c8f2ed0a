import Synchronization

/// `EmbedUpdates` within one process: a dictionary of inboxes under a lock.
final class LocalEmbedHub: EmbedUpdates {
    private struct State {
        var next = 0
        var inboxes: [Int: EmbedInbox] = [:]
    }

    private let state = Mutex(State())

    func publish(_ change: EmbedChange) {
        let targets = state.withLock { s in s.inboxes.values.filter { $0.organizationID == change.organizationID } }
        for inbox in targets { inbox.offer(.change(change)) }
    }

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
