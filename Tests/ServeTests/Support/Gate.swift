import Synchronization

/// A gate that holds whoever waits on it until the test opens it.
final class Gate: Sendable {
    private struct State {
        var open = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    init() {}

    func wait() async {
        await withCheckedContinuation { continuation in
            let isOpen = state.withLock { s in
                if !s.open { s.waiting.append(continuation) }
                return s.open
            }
            if isOpen { continuation.resume() }
        }
    }

    func open() {
        let waiting = state.withLock { s in
            s.open = true
            defer { s.waiting = [] }
            return s.waiting
        }
        for c in waiting { c.resume() }
    }
}

extension Gate {
    /// A gate that is open from the start.
    static var opened: Gate {
        let g = Gate()
        g.open()
        return g
    }
}
