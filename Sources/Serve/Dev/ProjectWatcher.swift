import Foundation
import ServiceLifecycle

/// The `aiser dev` service that polls the project every `interval` and rebuilds after changes
/// (see `WatchCycle`). One loop polls and builds, so builds never overlap.
struct ProjectWatcher: Service {
    let project: URL
    let interval: Duration
    let rebuilder: Rebuilder
    /// The project as it was when the last build started.
    let initial: ProjectSnapshot

    func run() async throws {
        try? await cancelWhenGracefulShutdown { try await watch() }
        rebuilder.state.stop()
    }

    private func watch() async throws {
        var cycle = WatchCycle(project: project, known: initial)
        while !Task.isCancelled {
            try await Task.sleep(for: interval)
            await cycle.poll(rebuilder)
        }
    }
}
