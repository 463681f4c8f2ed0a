import Foundation
import TestSupport
import Testing

@testable import Serve

@Suite("site/pages/reference/server.md matches the code's tables")
struct ReferencePageTests {
    static let page = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("site/pages/reference/server.md")

    @Test("the committed page equals the generated one (AISER_UPDATE_DOCS=1 rewrites it)")
    func noDrift() async throws {
        let server = try await TestServer()
        defer { server.directory.remove() }
        let generated = ReferencePage.markdown(routes: server.server.allRoutes)
        if ProcessInfo.processInfo.environment["AISER_UPDATE_DOCS"] == "1" {
            try FileManager.default.createDirectory(
                at: Self.page.deletingLastPathComponent(), withIntermediateDirectories: true)
            try generated.write(to: Self.page, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.page, encoding: .utf8)
        #expect(
            committed == generated, "run the test with AISER_UPDATE_DOCS=1 and commit site/pages/reference/server.md")
        #expect(generated.hasPrefix("---\ntitle: "))
        for s in Setting.all { #expect(generated.contains("`\(s.environmentKey)`")) }
    }
}
