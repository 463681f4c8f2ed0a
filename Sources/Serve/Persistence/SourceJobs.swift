import Foundation
import Synchronization

/// Background work on the sources (building a source's artefacts, profiling it), under keys
/// such as `artefacts:<id>`: a job started under a key runs after the one already running under
/// it, and whoever needs a job's outcome waits for the running one instead of repeating it.
final class SourceJobs: Sendable {
    private struct Job {
        let number: Int
        let task: Task<Void, Never>
    }

    private struct State {
        var jobs: [String: Job] = [:]
        var started = 0
    }

    private let state = Mutex(State())

    /// The job running (or waiting to run) under `key`, if any.
    func running(_ key: String) -> Task<Void, Never>? { state.withLock { $0.jobs[key]?.task } }

    /// Starts `work` under `key`, after the job already there; answers its task at once.
    @discardableResult
    func start(_ key: String, _ work: @escaping @Sendable () async -> Void) -> Task<Void, Never> {
        state.withLock { s in
            s.started += 1
            let number = s.started
            let previous = s.jobs[key]?.task
            let task = Task { [self] in
                await previous?.value
                await work()
                state.withLock { s in if s.jobs[key]?.number == number { s.jobs[key] = nil } }
            }
            s.jobs[key] = Job(number: number, task: task)
            return task
        }
    }

    /// Waits for every job running now (tests; shutting down).
    func waitForAll() async {
        for task in state.withLock({ $0.jobs.values.map(\.task) }) { await task.value }
    }
}
