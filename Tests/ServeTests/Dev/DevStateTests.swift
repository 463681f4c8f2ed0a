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
