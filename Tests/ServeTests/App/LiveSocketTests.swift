import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Serve

/// Through a real socket: authentication, streaming upload, and the upload limit.
@Suite("Live socket")
struct LiveSocketTests {
    @Test("login, upload streamed over the wire, and 413 past the limit")
    func live() async throws {
        let server = try await TestServer(configure: {
            $0.host = "localhost"
            $0.uploadLimit = 64 * 1024
        })
        defer { server.directory.remove() }
        try await server.server.application.test(.live) { raw in
            let c = Client(client: raw)
            #expect(try await c.call(.get, "/healthz").status == .ok)
            let admin = try await c.adminToken()
            let rows = (1...2000).map { "\($0),item\($0 % 7)" }.joined(separator: "\n")
            let ok = try await c.upload("live.csv", "id,name\n" + rows + "\n", token: admin)
            #expect(ok.status == .created, "\(ok.body)")
            #expect(ok.data["rows"] as? Int == 2000)
            let big = String(repeating: "1,2\n", count: 40_000)
            let tooBig = try await c.upload("big.csv", "a,b\n" + big, token: admin)
            #expect(tooBig.status == .contentTooLarge)
            #expect(tooBig.errorCode == "PAYLOAD_TOO_LARGE")
            let list = try await c.call(.get, "/api/v1/data/sources", token: admin)
            #expect((list.data["pagination"] as? [String: Int])?["total"] == 1)
        }
    }
}
