import Foundation

/// One step of the watcher at a time: compare the project with the last snapshot, collect the
/// changes, and build once they settle — on the first poll that finds nothing new, or 2 s after
/// the first change if files keep changing. The snapshot is taken before the build, so files
/// that change during a build differ from it and cause exactly one more build.
struct WatchCycle {
    let project: URL
    /// The project at the last poll.
    var known: ProjectSnapshot
    /// Changed paths not built yet.
    var pending = Set<String>()
    var firstPending: ContinuousClock.Instant?

    /// The longest a steady stream of changes postpones a build.
    static let maximumDelay: Duration = .seconds(2)

    init(project: URL, known: ProjectSnapshot) {
        self.project = project
        self.known = known
    }

    /// Polls once; returns the changes it built, or nil when it did not build.
    @discardableResult
    mutating func poll(_ rebuilder: Rebuilder) async -> [String]? {
        let now = ProjectSnapshot.scan(project)
        let changed = now.changes(since: known)
        known = now
        if !changed.isEmpty {
            pending.formUnion(changed)
            if firstPending == nil { firstPending = .now }
            if let first = firstPending, ContinuousClock.now - first < Self.maximumDelay { return nil }
        }
        guard !pending.isEmpty else { return nil }
        let changes = pending.sorted()
        pending = []
        firstPending = nil
        await rebuilder.build(after: changes)
        return changes
    }
}
