import Foundation
import ServiceLifecycle

/// Polls the project's file stamps and rebuilds once the changes settle: a poll that finds
/// nothing new after some changes starts the build (or 2 s after the first change, if files keep
/// changing). Files that change during a build differ from the snapshot taken before it, so they
/// cause exactly one more build.
struct ProjectWatcher: Service {
    let project: URL
    let interval: Duration
    let rebuilder: Rebuilder
    /// The project as it was when the last build started.
    let initial: ProjectSnapshot

    /// The longest a steady stream of changes postpones a build.
    static let maximumDelay: Duration = .seconds(2)

    func run() async throws {
        try? await cancelWhenGracefulShutdown { try await watch() }
        rebuilder.state.stop()
    }

    private func watch() async throws {
        var known = initial
        var pending = Set<String>()
        var firstPending: ContinuousClock.Instant?
        while !Task.isCancelled {
            try await Task.sleep(for: interval)
            let now = ProjectSnapshot.scan(project)
            let changed = now.changes(since: known)
            known = now
            if !changed.isEmpty {
                pending.formUnion(changed)
                if firstPending == nil { firstPending = .now }
                if let first = firstPending, ContinuousClock.now - first < Self.maximumDelay { continue }
            }
            guard !pending.isEmpty else { continue }
            let changes = pending.sorted()
            pending = []
            firstPending = nil
            await rebuilder.build(after: changes)
        }
    }
}
