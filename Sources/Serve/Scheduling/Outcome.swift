import Synchronization

/// The one answer of a scheduled piece of work: the first of its result, its time limit and
/// its caller's cancellation resumes the caller; the others are ignored.
final class Outcome<T: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<T, any Error>?
        var pending: Result<T, any Error>?
        var done = false
    }

    private let state = Mutex(State())

    func set(_ continuation: CheckedContinuation<T, any Error>) {
        let early = state.withLock { s -> Result<T, any Error>? in
            if let pending = s.pending {
                s.pending = nil
                return pending
            }
            s.continuation = continuation
            return nil
        }
        if let early { continuation.resume(with: early) }
    }

    /// Whether the caller was resumed (or will be, once it waits).
    var isDone: Bool { state.withLock { $0.done } }

    /// Resumes the caller with `result` unless it was resumed already; true when this call did.
    @discardableResult
    func resume(_ result: Result<T, any Error>) -> Bool {
        let continuation = state.withLock { s -> CheckedContinuation<T, any Error>?? in
            guard !s.done else { return .none }
            s.done = true
            guard let c = s.continuation else {
                s.pending = result
                return .some(nil)
            }
            s.continuation = nil
            return .some(c)
        }
        switch continuation {
        case .none: return false
        case .some(let c):
            c?.resume(with: result)
            return true
        }
    }
}
