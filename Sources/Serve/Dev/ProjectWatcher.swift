import Foundation
import ServiceLifecycle

/// The `aiser dev` service that polls the project every `interval` and rebuilds after changes
/// (see `WatchCycle`), checking again after `settle` once something changed. One loop polls and
/// builds, so builds never overlap.
struct ProjectWatcher: Service {
    let project: URL
    let interval: Duration
    let rebuilder: Rebuilder
    /// The project as it was when the last build started.
    let initial: ProjectSnapshot

    /// How long the files must stay unchanged after a change before the build starts.
    static let settle: Duration = .milliseconds(100)

    func run() async throws {
        try? await cancelWhenGracefulShutdown { try await watch() }
        rebuilder.state.stop()
    }

    private func watch() async throws {
        var cycle = WatchCycle(project: project, known: initial)
        while !Task.isCancelled {
            // Once something changed, look again soon: the build starts when a poll finds quiet.
            try await Task.sleep(for: cycle.pending.isEmpty ? interval : min(interval, Self.settle))
            await cycle.poll(rebuilder)
        }
    }
}
