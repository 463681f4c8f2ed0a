import Foundation
import Synchronization
import TestSupport
import Testing

@testable import Serve

@Suite("Project watcher")
struct ProjectWatcherTests {
    /// Counts builds; the first one edits a file while it runs.
    final class Builds: Sendable {
        let total = Mutex(0)
        let duringFirst: @Sendable () -> Void

        init(duringFirst: @escaping @Sendable () -> Void) { self.duringFirst = duringFirst }

        func build() async -> DevBuilder.Outcome {
            let number = total.withLock {
                $0 += 1
                return $0
            }
            if number == 1 { duringFirst() }
            return .success(DevStateTests.report(executed: 0), manifest: Data("\(number)".utf8))
        }
    }

    @Test("builds once changes settle, and a change during a build causes exactly one more build")
    func oneMoreBuild() async throws {
        let dir = try TemporaryDirectory("aiser-watch")
        defer { dir.remove() }
        try dir.write("pages/a.md", "a")
        try dir.write("pages/b.md", "b")
        let builds = Builds(duringFirst: { _ = try? dir.write("pages/b.md", "b, edited during the build") })
        let log = EventLog()
        let state = DevState()
        let rebuilder = Rebuilder(builder: { await builds.build() }, state: state, onEvent: log.append)
        var cycle = WatchCycle(project: dir.url, known: ProjectSnapshot.scan(dir.url))

        #expect(await cycle.poll(rebuilder) == nil, "nothing changed")
        try dir.write("pages/a.md", "a, edited")
        #expect(await cycle.poll(rebuilder) == nil, "a change waits for a quiet poll")
        #expect(await cycle.poll(rebuilder) == ["pages/a.md"])
        #expect(builds.total.withLock { $0 } == 1)
        #expect(await cycle.poll(rebuilder) == nil, "the edit made during the build is seen")
        #expect(await cycle.poll(rebuilder) == ["pages/b.md"])
        #expect(await cycle.poll(rebuilder) == nil)
        #expect(builds.total.withLock { $0 } == 2)
        #expect(state.snapshot.build == 2)
        let built = log.all.compactMap { event -> [String]? in
            if case .built(let changes, _, true) = event { return changes }
            return nil
        }
        #expect(built == [["pages/a.md"], ["pages/b.md"]])
    }

    @Test("changes to several files between polls are built together")
    func batched() async throws {
        let dir = try TemporaryDirectory("aiser-watch")
        defer { dir.remove() }
        try dir.write("aiser.yml", "title: x\n")
        let builds = Builds(duringFirst: {})
        let rebuilder = Rebuilder(builder: { await builds.build() }, state: DevState(), onEvent: { _ in })
        var cycle = WatchCycle(project: dir.url, known: ProjectSnapshot.scan(dir.url))
        try dir.write("aiser.yml", "title: y and more\n")
        try dir.write("pages/new.md", "new")
        try dir.write("data/x.csv", "a\n1\n")
        #expect(await cycle.poll(rebuilder) == nil)
        #expect(await cycle.poll(rebuilder) == ["aiser.yml", "data/x.csv", "pages/new.md"])
        #expect(builds.total.withLock { $0 } == 1)
    }
}
