import Foundation
import Testing

@testable import Generator
@testable import Serve

@Suite("Dev state")
struct DevStateTests {
    static func report(executed: Int) -> BuildReport {
        BuildReport(
            pages: 2, queries: 5, executedQueries: executed, files: 3, bytes: 100, htmlBytes: 80, output: nil,
            duration: .milliseconds(20))
    }

    @Test("the version moves when the site, the error or the fix changes, and stays for an identical rebuild")
    func versions() {
        let state = DevState(instance: "abc")
        #expect(state.version == "abc-0")
        #expect(state.record(.success(Self.report(executed: 5), manifest: Data("m1".utf8))))
        #expect(state.version == "abc-1")
        #expect(!state.record(.success(Self.report(executed: 0), manifest: Data("m1".utf8))))
        #expect(state.version == "abc-1")
        #expect(state.snapshot.report?.executedQueries == 0, "the counts follow the last build")
        let error = GeneratorError(path: "pages/a.md", line: 2, column: 3, "bad")
        #expect(state.record(.failure(error)))
        #expect(!state.record(.failure(error)), "the same error again")
        #expect(state.record(.failure(GeneratorError(path: "pages/a.md", line: 2, column: 4, "bad"))))
        #expect(state.snapshot.error?.column == 4)
        #expect(state.snapshot.report?.pages == 2, "the last good report stays")
        #expect(state.record(.success(Self.report(executed: 1), manifest: Data("m1".utf8))), "fixed")
        #expect(state.version == "abc-4")
        #expect(state.snapshot.error == nil)
    }

    @Test("a long poll returns at once for an old version, and after its timeout or a stop otherwise")
    func waiting() async {
        let state = DevState(instance: "x")
        state.record(.success(Self.report(executed: 1), manifest: Data()))
        #expect(await state.wait(since: "x-0", timeout: .seconds(30)).build == 1)
        #expect(await state.wait(since: "x-1", timeout: .milliseconds(150)).build == 1)
        state.stop()
        #expect(await state.wait(since: "x-1", timeout: .seconds(30)).build == 1)
    }
}

@Suite("Dev terminal lines")
struct DevEventTests {
    @Test("one line per build, naming what changed, the counts, and a busy port")
    func lines() {
        let report = DevStateTests.report(executed: 1)
        #expect(
            DevEvent.built(changes: [], report: report, siteChanged: true).description
                == "Built 2 pages, 5 queries (1 run, 4 cached) in 0.02 s")
        #expect(
            DevEvent.built(changes: ["pages/a.md"], report: report, siteChanged: true).description
                == "pages/a.md changed → rebuilt 2 pages, 5 queries (1 run, 4 cached) in 0.02 s")
        #expect(
            DevEvent.built(changes: ["a", "b", "c", "d", "e"], report: report, siteChanged: false).description
                == "a, b, c and 2 more changed → rebuilt 2 pages, 5 queries (1 run, 4 cached) in 0.02 s (the site did not change)"
        )
        let error = GeneratorError(path: "pages/a.md", line: 3, column: 7, "query 'q': no such table: t")
        #expect(
            DevEvent.failed(changes: ["pages/a.md"], error: error).description
                == "pages/a.md changed → build failed: pages/a.md:3:7: query 'q': no such table: t")
        #expect(
            DevEvent.listening(url: "http://127.0.0.1:3001/", port: 3001, busyPort: 3000).description
                == "Serving at http://127.0.0.1:3001/ (port 3000 is busy) — watching for changes, Ctrl-C to stop")
    }
}
