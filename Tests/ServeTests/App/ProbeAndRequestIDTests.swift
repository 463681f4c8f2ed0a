import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("Probes and request ids")
struct ProbeAndRequestIDTests {
    @Test("healthz and readyz answer in the envelope without rate-limit headers")
    func probes() async throws {
        try await TestServer().test { c in
            let h = try await c.call(.get, "/healthz")
            #expect(h.status == .ok && h.data["status"] as? String == "ok")
            #expect(h.header("X-RateLimit-Limit") == nil)
            let r = try await c.call(.get, "/readyz")
            #expect(r.status == .ok && r.data["status"] as? String == "ready")
        }
    }

    @Test("readyz answers 503 when the metadata database is gone")
    func notReady() async throws {
        let server = try await TestServer()
        let path = server.settings.metadataPath
        try await server.test { c in
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let r = try await c.call(.get, "/readyz")
            #expect(r.status == .serviceUnavailable && r.errorCode == "SERVICE_UNAVAILABLE")
        }
    }

    @Test("a sane incoming X-Request-ID is echoed, an insane one replaced")
    func requestID() async throws {
        try await TestServer().test { c in
            let sane = try await c.call(.get, "/healthz", headers: ["X-Request-ID": "abc-123.x:y"])
            #expect(sane.header("X-Request-ID") == "abc-123.x:y")
            let insane = try await c.call(.get, "/healthz", headers: ["X-Request-ID": "<script>"])
            #expect(insane.header("X-Request-ID")?.hasPrefix("req_") == true)
            let none = try await c.call(.get, "/api/v1/missing")
            let id = try #require(none.header("X-Request-ID"))
            #expect(none.error["request_id"] as? String == id)
        }
    }
}
