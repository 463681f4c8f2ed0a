import Foundation
import Synchronization
import TestSupport
import Testing

@testable import Serve

@Suite("Project watcher")
struct ProjectWatcherTests {
    /// Counts builds and how many ran at once; the first build edits a file while it runs.
    final class SlowBuilds: Sendable {
        let counts = Mutex((running: 0, most: 0, total: 0))
        let duringFirst: @Sendable () -> Void

        init(duringFirst: @escaping @Sendable () -> Void) { self.duringFirst = duringFirst }

        func build() async -> DevBuilder.Outcome {
            let number = counts.withLock { c in
                c.running += 1
                c.total += 1
                c.most = max(c.most, c.running)
                return c.total
            }
            try? await Task.sleep(for: .milliseconds(150))
            if number == 1 { duringFirst() }
            try? await Task.sleep(for: .milliseconds(300))
            counts.withLock { $0.running -= 1 }
            return .success(DevStateTests.report(executed: 0), manifest: Data("\(number)".utf8))
        }
    }

    @Test("builds never overlap, and a change during a build causes exactly one more build")
    func oneMoreBuild() async throws {
        let dir = try TemporaryDirectory("aiser-watch")
        defer { dir.remove() }
        try dir.write("pages/a.md", "a")
        try dir.write("pages/b.md", "b")
        let builds = SlowBuilds(duringFirst: { _ = try? dir.write("pages/b.md", "b, edited during the build") })
        let log = EventLog()
        let state = DevState()
        let watcher = ProjectWatcher(
            project: dir.url, interval: .milliseconds(40),
            rebuilder: Rebuilder(builder: { await builds.build() }, state: state, onEvent: log.append),
            initial: ProjectSnapshot.scan(dir.url))
        let watching = Task { try await watcher.run() }
        try dir.write("pages/a.md", "a, edited")
        let deadline = ContinuousClock.now + .seconds(20)
        while builds.counts.withLock({ $0.total < 2 || $0.running > 0 }), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        try await Task.sleep(for: .milliseconds(400))
        watching.cancel()
        _ = try? await watching.value
        let counts = builds.counts.withLock { $0 }
        #expect(counts.total == 2)
        #expect(counts.most == 1)
        let changes = log.all.compactMap { event -> [String]? in
            if case .built(let changes, _, _) = event { return changes }
            return nil
        }
        #expect(changes == [["pages/a.md"], ["pages/b.md"]])
        #expect(state.snapshot.build == 2)
    }
}
