import Foundation
import TestSupport
import Testing

@testable import Serve

/// kill -9 of the real server with a delivery pending: the next server on the same data
/// directory delivers it (the outbox is in the database, not in memory).
@Suite("Webhook delivery survives kill -9")
struct WebhookKillTests {
    @Test("a delivery pending when the server is killed is delivered by the restarted server")
    func survivesKill() async throws {
        let directory = try TemporaryDirectory("aiser-kill")
        defer { directory.remove() }
        let environment = [
            "AISER_WEBHOOK_ALLOW_PRIVATE": "true", "AISER_WEBHOOK_RETRY_BASE_SECONDS": "2",
            "AISER_SECRET": "a-test-server-secret-of-32-bytes-or-more",
        ]
        let data = directory.url.appendingPathComponent("data").path
        let receiver = WebhookReceiver()
        receiver.answer([503])  // the first attempt fails, so the delivery stays pending
        try await receiver.run { port in
            let first = try await ServeProcess(dataDirectory: data, environment: environment)
            defer { first.stop() }
            let token = try await first.adminToken()
            let hook = try await first.post(
                "/api/v1/webhooks", token: token,
                json: ["name": "kill", "url": "http://127.0.0.1:\(port)/hook", "events": ["user.created"]])
            try #require(hook.status == 201)
            let user = try await first.post(
                "/api/v1/users", token: token, json: ["email": "k@kill.test", "password": "password-kill"])
            try #require(user.status == 201)
            try await Self.wait { receiver.received.count >= 1 }
            first.kill9()
            #expect(receiver.received.count == 1)

            let second = try await ServeProcess(dataDirectory: data, environment: environment)
            defer { second.stop() }
            try await Self.wait { receiver.received.count >= 2 }
            let got = receiver.received
            #expect(got[1].body == got[0].body, "the same event, with the same id")
            #expect(got.allSatisfy { $0.header("X-Aiser-Event") == "user.created" })
            let events = got.compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0.body.utf8)) as? [String: Any])?["id"] as? String
            }
            #expect(Set(events).count == 1)
        }
    }

    /// Polls `condition` for up to 20 seconds.
    static func wait(_ condition: @Sendable () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(20)
        while !condition() {
            try #require(ContinuousClock.now < deadline, "timed out")
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
