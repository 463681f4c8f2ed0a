import Foundation
import Synchronization

/// Background work on the sources (building a source's NL artefacts, profiling it), under keys
/// such as `artefacts:<id>`, in a lane of its own: one job at a time, in the order started, its
/// blocking part on the lane's single thread (`run`). The lane is apart from the store's pool
/// and from the `WorkScheduler`, so a background job never takes a request's slot, queue place
/// or time limit, and background work uses at most one core however many sources change at
/// once. A request that would profit from a job waits for it within a deadline
/// (`wait(for:until:)`), never longer.
final class SourceJobs: Sendable {
    private struct Job {
        let number: Int
        let task: Task<Void, Never>
    }

    private struct State {
        var jobs: [String: Job] = [:]
        var started = 0
        /// The job started last, which every new one runs after.
        var last: Task<Void, Never>?
    }

    private let state = Mutex(State())
    /// The lane's one thread for blocking work.
    private let pool = BlockingPool(threads: 1)

    /// The job running (or waiting to run) under `key`, if any.
    func running(_ key: String) -> Task<Void, Never>? { state.withLock { $0.jobs[key]?.task } }

    /// Starts `work` under `key`, after every job started before it; answers its task at once.
    @discardableResult
    func start(_ key: String, _ work: @escaping @Sendable () async -> Void) -> Task<Void, Never> {
        state.withLock { s in
            s.started += 1
            let number = s.started
            let previous = s.last
            let task = Task { [self] in
                await previous?.value
                await work()
                state.withLock { s in if s.jobs[key]?.number == number { s.jobs[key] = nil } }
            }
            s.jobs[key] = Job(number: number, task: task)
            s.last = task
            return task
        }
    }

    /// Runs a job's blocking `body` on the lane's thread.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.run(body)
    }

    /// Waits until the job under `key` (if any) has ended, or `deadline` has passed, or the
    /// caller is cancelled; `true` when no job under `key` is left unfinished.
    func wait(for key: String, until deadline: ContinuousClock.Instant) async -> Bool {
        guard let job = running(key) else { return true }
        let outcome = Outcome<Bool>()
        let timer = Task {
            try? await Task.sleep(until: deadline, clock: .continuous)
            outcome.resume(.success(false))
        }
        defer { timer.cancel() }
        Task {
            await job.value
            outcome.resume(.success(true))
        }
        let ended = await withTaskCancellationHandler {
            (try? await withCheckedThrowingContinuation { outcome.set($0) }) ?? false
        } onCancel: {
            outcome.resume(.success(false))
        }
        return ended
    }

    /// Waits for every job started so far (tests; shutting down).
    func waitForAll() async {
        for task in state.withLock({ $0.jobs.values.map(\.task) }) { await task.value }
    }

    /// Waits for every job, then stops the lane's thread.
    func shutdown() async {
        await waitForAll()
        await pool.shutdown()
    }
}
