import Synchronization

/// Admits heavy work under `WorkLimits`: `workers` slots, at most `perOrganization` of them per
/// organization, and a bounded queue (`queueLength` in all, `queuePerOrganization` per
/// organization). A freed slot goes to the waiter whose organization runs the fewest jobs now,
/// the earliest among equals, so one busy organization cannot hold everyone else back. A full
/// queue, or a time limit reached while waiting or running, is the API's 503 with `retry_after`.
///
/// Work that was started is not interrupted half-way (SQLite and the engine run to their end on
/// the pool); its slot is released only when it really ends, also after its caller was answered
/// 503 at the time limit, so the count of running work stays honest.
final class WorkScheduler: Sendable {
    private struct Waiter {
        let id: UInt64
        let organization: String
        let start: @Sendable () -> Void
    }

    private struct State {
        var running: [String: Int] = [:]
        var queue: [Waiter] = []
        var nextID: UInt64 = 0

        var runningTotal: Int { running.values.reduce(0, +) }
    }

    let limits: WorkLimits
    private let state = Mutex(State())

    init(limits: WorkLimits) { self.limits = limits }

    /// Runs `work` for `organization` once a slot is free. With `timeLimit`, the caller is
    /// answered 503 when it is reached (waiting included, counted from `start`: now, or earlier
    /// when the request waited for something else first); work still queued then never starts.
    func run<T: Sendable>(
        organization: String, timeLimit: Duration?, since start: ContinuousClock.Instant = .now,
        _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let outcome = Outcome<T>()
        let id = state.withLock { s -> UInt64 in
            s.nextID += 1
            return s.nextID
        }
        let deadline = timeLimit.map { start + $0 }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                outcome.set(continuation)
                guard !outcome.isDone else { return }
                let timer = deadline.map { deadline in
                    Task {
                        try? await Task.sleep(until: deadline, clock: .continuous)
                        guard !Task.isCancelled else { return }
                        self.withdraw(id)
                        outcome.resume(.failure(self.timeUp(timeLimit ?? .zero)))
                    }
                }
                let start: @Sendable () -> Void = {
                    Task {
                        defer { self.release(organization) }
                        // Its caller was answered already (cancelled between check and queue).
                        guard !outcome.isDone else { return }
                        do {
                            outcome.resume(.success(try await work()))
                        } catch {
                            outcome.resume(.failure(error))
                        }
                        timer?.cancel()
                    }
                }
                if let refusal = enqueue(Waiter(id: id, organization: organization, start: start)) {
                    timer?.cancel()
                    outcome.resume(.failure(refusal))
                }
            }
        } onCancel: {
            withdraw(id)
            outcome.resume(.failure(CancellationError()))
        }
    }

    /// Heavy work running now and waiting now.
    var load: (running: Int, queued: Int) { state.withLock { ($0.runningTotal, $0.queue.count) } }

    /// Starts `waiter` when a slot is free for it, else queues it; the error when the queue
    /// (or the organization's share of it) is full.
    private func enqueue(_ waiter: Waiter) -> APIError? {
        let decision = state.withLock { s -> Result<Bool, APIError> in
            let mine = s.running[waiter.organization, default: 0]
            if s.runningTotal < limits.workers, mine < limits.perOrganization {
                s.running[waiter.organization] = mine + 1
                return .success(true)
            }
            let queued = s.queue.count { $0.organization == waiter.organization }
            guard s.queue.count < limits.queueLength, queued < limits.queuePerOrganization else {
                return .failure(busy())
            }
            s.queue.append(waiter)
            return .success(false)
        }
        switch decision {
        case .success(let now):
            if now { waiter.start() }
            return nil
        case .failure(let error): return error
        }
    }

    /// Takes the waiter `id` out of the queue, if it is still there.
    private func withdraw(_ id: UInt64) {
        state.withLock { s in s.queue.removeAll { $0.id == id } }
    }

    /// Frees the slot of `organization` and starts the waiters that fit now.
    private func release(_ organization: String) {
        let started = state.withLock { s -> [Waiter] in
            let left = s.running[organization, default: 1] - 1
            s.running[organization] = left > 0 ? left : nil
            var started: [Waiter] = []
            while s.runningTotal < limits.workers, let i = next(in: s) {
                let waiter = s.queue.remove(at: i)
                s.running[waiter.organization, default: 0] += 1
                started.append(waiter)
            }
            return started
        }
        for waiter in started { waiter.start() }
    }

    /// The queue index of the waiter to start next: of the organizations under their limit,
    /// the one running the fewest jobs; the earliest waiter among equals.
    private func next(in s: State) -> Int? {
        var best: (index: Int, running: Int)?
        for (i, waiter) in s.queue.enumerated() {
            let running = s.running[waiter.organization, default: 0]
            guard running < limits.perOrganization else { continue }
            if running < best?.running ?? Int.max { best = (i, running) }
        }
        return best?.index
    }

    private func busy() -> APIError {
        APIError(
            .serviceUnavailable, "The server is busy with other heavy requests; try again shortly.",
            retryAfter: limits.retryAfterSeconds)
    }

    private func timeUp(_ limit: Duration) -> APIError {
        APIError(
            .serviceUnavailable,
            "The request did not finish within the time limit of \(limit.components.seconds) seconds.",
            retryAfter: limits.retryAfterSeconds)
    }
}
