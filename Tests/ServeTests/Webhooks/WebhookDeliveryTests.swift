import Crypto
import Engine
import Foundation
import HTTPTypes
import Testing

@testable import Serve

/// Deliveries over real sockets to a local receiver: signature, retries, disabling,
/// redelivery, restart, and no event for a rolled-back change.
@Suite("Webhook delivery")
struct WebhookDeliveryTests {
    static func settings(_ s: inout ServerSettings) {
        s.webhooks.allowPrivate = true
        s.webhooks.retryBaseSeconds = 1
        // The tests deliver by hand (`deliverDue`) on the test clock; no background worker.
        s.webhooks.runsWorker = false
        s.secret = "a-test-server-secret-of-32-bytes-or-more"
    }

    /// The documented verification recipe: HMAC-SHA256 over "<timestamp>.<raw body>".
    static func verify(_ r: WebhookReceiver.Received, secret: String) -> Bool {
        guard let timestamp = r.header("X-Aiser-Timestamp"), let signature = r.header("X-Aiser-Signature") else {
            return false
        }
        let mac = HMAC<SHA256>.authenticationCode(
            for: Data("\(timestamp).\(r.body)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return signature == "v1=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    /// Creates a webhook for `port` in a new organization; answers its id, secret and the org admin's token.
    static func setUp(_ c: Client, port: Int, events: [String] = ["user.created"]) async throws -> (
        id: String, secret: String, token: String
    ) {
        let org = try await c.organization("Receivers", adminToken: try await c.adminToken())
        let created = try await c.call(
            .post, "/api/v1/webhooks", token: org.token,
            json: ["name": "local", "url": "http://127.0.0.1:\(port)/hook", "events": events])
        try #require(created.status == .created, "\(created.body)")
        return (
            try #require(created.data["webhook_id"] as? String), try #require(created.data["secret"] as? String),
            org.token
        )
    }

    static func addUser(_ c: Client, _ token: String, _ n: Int) async throws {
        let r = try await c.call(
            .post, "/api/v1/users", token: token, json: ["email": "u\(n)@receivers.test", "password": "password-\(n)"])
        try #require(r.status == .created, "\(r.body)")
    }

    @Test("an event arrives signed, with its headers and a unique id")
    func signed() async throws {
        let server = try await TestServer(configure: Self.settings)
        let receiver = WebhookReceiver()
        try await receiver.run { port in
            try await server.test { c in
                let hook = try await Self.setUp(c, port: port)
                try await Self.addUser(c, hook.token, 1)
                try await Self.addUser(c, hook.token, 2)
                try await server.backend.webhookDispatcher.deliverDue()
                let got = receiver.received
                #expect(got.count == 2)
                for r in got {
                    #expect(Self.verify(r, secret: hook.secret))
                    #expect(!Self.verify(r, secret: hook.secret + "x"))
                    #expect(r.header("X-Aiser-Event") == "user.created")
                    #expect(r.header("X-Aiser-Delivery")?.hasPrefix("dlv_") == true)
                }
                let payloads = got.compactMap {
                    try? JSONSerialization.jsonObject(with: Data($0.body.utf8)) as? [String: Any]
                }
                #expect(Set(payloads.compactMap { $0["id"] as? String }).count == 2)
                #expect(payloads.allSatisfy { $0["event"] as? String == "user.created" })
                let data = payloads.first?["data"] as? [String: Any]
                #expect(data?["organization_id"] is String && data?["user_id"] is String)
                let list = try await c.call(.get, "/api/v1/webhooks/\(hook.id)/deliveries", token: hook.token)
                let rows = try #require(list.data["deliveries"] as? [[String: Any]])
                #expect(rows.count == 2)
                #expect(
                    rows.allSatisfy { $0["status"] as? String == "delivered" && $0["response_code"] as? Int == 200 })
                #expect(!list.body.contains("private answer"))
            }
        }
    }

    @Test("failures are retried with backoff until the receiver answers 2xx")
    func retries() async throws {
        let server = try await TestServer(configure: Self.settings)
        let receiver = WebhookReceiver()
        receiver.answer([500, 503])
        try await receiver.run { port in
            try await server.test { c in
                let hook = try await Self.setUp(c, port: port)
                try await Self.addUser(c, hook.token, 1)
                let dispatcher = server.backend.webhookDispatcher
                try await dispatcher.deliverDue()
                #expect(receiver.received.count == 1)
                var rows = try await server.backend.webhooks.deliveries(
                    webhookID: hook.id, page: Page(number: 1, limit: 10))
                #expect(rows.deliveries.first?.status == .pending)
                #expect(rows.deliveries.first?.responseCode == 500)
                try await dispatcher.deliverDue()
                #expect(receiver.received.count == 1, "not due yet")
                server.clock.advance(2)
                try await dispatcher.deliverDue()
                #expect(receiver.received.count == 2)
                server.clock.advance(4)
                try await dispatcher.deliverDue()
                #expect(receiver.received.count == 3)
                rows = try await server.backend.webhooks.deliveries(
                    webhookID: hook.id, page: Page(number: 1, limit: 10))
                #expect(rows.deliveries.first?.status == .delivered)
                #expect(rows.deliveries.first?.attempts == 3)
                #expect(Set(receiver.received.map(\.body)).count == 1, "every attempt sends the same event")
            }
        }
    }

    @Test("a run of failures, or 410 Gone, switches the hook off")
    func disables() async throws {
        let server = try await TestServer(configure: {
            Self.settings(&$0)
            $0.webhooks.disableAfterFailures = 2
        })
        let receiver = WebhookReceiver()
        receiver.answer([500, 500, 410])
        try await receiver.run { port in
            try await server.test { c in
                let hook = try await Self.setUp(c, port: port)
                try await Self.addUser(c, hook.token, 1)
                let dispatcher = server.backend.webhookDispatcher
                try await dispatcher.deliverDue()
                server.clock.advance(2)
                try await dispatcher.deliverDue()
                var got = try await c.call(.get, "/api/v1/webhooks/\(hook.id)", token: hook.token)
                #expect(got.data["active"] as? Bool == false)
                #expect(got.data["disabled_reason"] as? String == "failures")
                server.clock.advance(100)
                try await dispatcher.deliverDue()
                #expect(receiver.received.count == 2, "a disabled hook gets nothing")
                let on = try await c.call(
                    .put, "/api/v1/webhooks/\(hook.id)", token: hook.token, json: ["active": true])
                #expect(on.data["active"] as? Bool == true)
                try await dispatcher.deliverDue()
                #expect(receiver.received.count == 3)
                got = try await c.call(.get, "/api/v1/webhooks/\(hook.id)", token: hook.token)
                #expect(got.data["disabled_reason"] as? String == "gone")
                let rows = try await server.backend.webhooks.deliveries(
                    webhookID: hook.id, page: Page(number: 1, limit: 10))
                #expect(rows.deliveries.first?.status == .failed)
            }
        }
    }

    @Test("test ping and redelivery of the same event id")
    func pingAndRedeliver() async throws {
        let server = try await TestServer(configure: Self.settings)
        let receiver = WebhookReceiver()
        try await receiver.run { port in
            try await server.test { c in
                let hook = try await Self.setUp(c, port: port)
                let ping = try await c.call(.post, "/api/v1/webhooks/\(hook.id)/test", token: hook.token)
                #expect(ping.status == .accepted)
                let deliveryID = try #require(ping.data["delivery_id"] as? String)
                try await server.backend.webhookDispatcher.deliverDue()
                #expect(receiver.received.first?.header("X-Aiser-Event") == "ping")
                let again = try await c.call(
                    .post, "/api/v1/webhooks/\(hook.id)/deliveries/\(deliveryID)/redeliver", token: hook.token)
                #expect(again.status == .accepted)
                #expect(again.data["event_id"] as? String == ping.data["event_id"] as? String)
                #expect(again.data["delivery_id"] as? String != deliveryID)
                try await server.backend.webhookDispatcher.deliverDue()
                #expect(receiver.received.count == 2)
                #expect(receiver.received[0].body == receiver.received[1].body)
                #expect(
                    receiver.received[0].header("X-Aiser-Delivery") != receiver.received[1].header("X-Aiser-Delivery"))
                let missing = try await c.call(
                    .post, "/api/v1/webhooks/\(hook.id)/deliveries/dlv_nope/redeliver", token: hook.token)
                #expect(missing.status == .notFound)
            }
        }
    }

    @Test("replacing a source's data is an upload event, like the first upload")
    func replacement() async throws {
        let server = try await TestServer(configure: Self.settings)
        let receiver = WebhookReceiver()
        try await receiver.run { port in
            try await server.test { c in
                let hook = try await Self.setUp(c, port: port, events: ["data.uploaded"])
                let up = try await c.upload("sales.csv", "region,revenue\nNorth,1\n", token: hook.token)
                let source = try #require(up.data["data_source_id"] as? String)
                let replaced = try await c.call(
                    .put, "/api/v1/data/sources/\(source)/file", token: hook.token,
                    raw: Client.multipart(
                        fileName: "sales.csv", content: "region,revenue\nNorth,2\nSouth,3\n", fields: []),
                    headers: ["Content-Type": "multipart/form-data; boundary=XyZ-boundary-42"])
                #expect(replaced.status == .ok, "\(replaced.body)")
                try await server.backend.webhookDispatcher.deliverDue()
                let payloads = receiver.received.compactMap {
                    try? JSONSerialization.jsonObject(with: Data($0.body.utf8)) as? [String: Any]
                }
                #expect(payloads.count == 2)
                #expect(payloads.allSatisfy { $0["event"] as? String == "data.uploaded" })
                let data = payloads.compactMap { $0["data"] as? [String: Any] }
                #expect(data.allSatisfy { $0["data_source_id"] as? String == source })
                #expect(data.filter { $0["replaced"] as? String == "true" }.count == 1)
            }
        }
    }

    @Test("a change that rolls back sends nothing")
    func rollback() async throws {
        let server = try await TestServer(configure: Self.settings)
        let receiver = WebhookReceiver()
        try await receiver.run { port in
            try await server.test { c in
                let hook = try await Self.setUp(c, port: port, events: ["*"])
                let orgID = try #require(
                    try await server.backend.webhooks.find(id: hook.id, organizationID: nil)?.organizationID)
                struct Abort: Error {}
                await #expect(throws: Abort.self) {
                    try await server.backend.metadata.write { db in
                        try db.transaction {
                            try WebhookOutbox.enqueue(
                                .chartCreated, organizationID: orgID, userID: "usr_x", data: ["chart_id": "c1"],
                                at: 1, on: db)
                            throw Abort()
                        }
                    }
                }
                try await Self.addUser(c, hook.token, 1)
                try await server.backend.webhookDispatcher.deliverDue()
                #expect(receiver.received.map { $0.header("X-Aiser-Event") } == ["user.created"])
            }
        }
    }
}
