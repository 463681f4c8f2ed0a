import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("Password checks on their own threads")
struct PasswordPoolTests {
    @Test("while every password thread is busy, listings still answer and a login past the queue gets 503")
    func floodKeepsOtherRequestsFree() async throws {
        let server = try await TestServer {
            $0.passwordWorkers = 1; $0.passwordQueue = 1
        }
        try await server.test { c in
            let token = try await c.adminToken()
            let pool = server.backend.hasher.pool
            let latch = ThreadLatch()
            // Occupy the one password thread and fill the one queue place.
            let held = (0..<2).map { _ in Task { try await pool.run { latch.wait() } } }
            defer { latch.open(2) }  // never leave the threads held, whatever fails below
            while pool.busy < 1 || pool.queued < 1 { try await Task.sleep(for: .milliseconds(5)) }
            // Requests that read the metadata store do not wait for the password threads.
            let listing = try await c.call(.get, "/api/v1/data/sources", token: token)
            #expect(listing.status == .ok)
            let profile = try await c.call(.get, "/api/v1/users", token: token)
            #expect(profile.status == .ok)
            // A login has no place left: an immediate 503 with retry_after, not a wait.
            let login = try await c.call(
                .post, "/api/v1/auth/login",
                json: ["email": TestServer.adminEmail, "password": TestServer.adminPassword])
            #expect(login.status == .serviceUnavailable)
            #expect(login.errorCode == "SERVICE_UNAVAILABLE")
            #expect(login.error["retry_after"] as? Int == 1)
            #expect(login.header("Retry-After") == "1")
            latch.open(2)
            for task in held { try await task.value }
            // With the threads free again, the same login succeeds.
            let again = try await c.call(
                .post, "/api/v1/auth/login",
                json: ["email": TestServer.adminEmail, "password": TestServer.adminPassword])
            #expect(again.status == .ok)
        }
    }
}
