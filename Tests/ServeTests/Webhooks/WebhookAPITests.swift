import Engine
import Foundation
import HTTPTypes
import Testing

@testable import Serve

/// Managing webhooks: admin only, validation, the secret shown once, deliveries listed.
@Suite("Webhook API")
struct WebhookAPITests {
    static func hook(_ url: String = "http://127.0.0.1:9/hook", events: [String] = ["*"]) -> [String: Any] {
        ["name": "Chart notifications", "url": url, "events": events]
    }

    @Test("create shows the secret once; list, get, update and delete show only a hint")
    func crud() async throws {
        let server = try await TestServer(configure: { $0.webhooks.allowPrivate = true })
        try await server.test { c in
            let org = try await c.organization("Hooks", adminToken: try await c.adminToken())
            var body = Self.hook()
            body["secret"] = "a-secret-of-enough-length"
            let created = try await c.call(.post, "/api/v1/webhooks", token: org.token, json: body)
            #expect(created.status == .created, "\(created.body)")
            #expect(created.data["secret"] as? String == "a-secret-of-enough-length")
            let id = try #require(created.data["webhook_id"] as? String)
            let generated = try await c.call(.post, "/api/v1/webhooks", token: org.token, json: Self.hook())
            #expect((generated.data["secret"] as? String)?.hasPrefix("whsec_") == true)
            let got = try await c.call(.get, "/api/v1/webhooks/\(id)", token: org.token)
            #expect(got.data["secret"] == nil)
            #expect(got.data["secret_hint"] as? String == "••••ngth")
            #expect(!got.body.contains("a-secret-of-enough-length"))
            let list = try await c.call(.get, "/api/v1/webhooks", token: org.token)
            #expect((list.data["webhooks"] as? [[String: Any]])?.count == 2)
            let put = try await c.call(
                .put, "/api/v1/webhooks/\(id)", token: org.token, json: ["events": ["chart.created"], "active": false])
            #expect(put.status == .ok)
            #expect(put.data["events"] as? [String] == ["chart.created"])
            #expect(put.data["active"] as? Bool == false)
            #expect(try await c.call(.delete, "/api/v1/webhooks/\(id)", token: org.token).status == .ok)
            #expect(try await c.call(.get, "/api/v1/webhooks/\(id)", token: org.token).status == .notFound)
        }
    }

    @Test("the secret is stored encrypted, not in plain text")
    func encryptedAtRest() async throws {
        let server = try await TestServer(configure: { $0.webhooks.allowPrivate = true })
        try await server.test { c in
            let admin = try await c.adminToken()
            var body = Self.hook()
            body["secret"] = "plain-text-must-not-be-stored"
            #expect(try await c.call(.post, "/api/v1/webhooks", token: admin, json: body).status == .created)
            let stored = try await server.backend.metadata.read { r in try r.rows("SELECT secret FROM webhooks") }
            let sealed = try #require(stored.first?.first?.string)
            #expect(!sealed.contains("plain-text"))
            #expect(server.backend.webhooks.box.open(sealed) == "plain-text-must-not-be-stored")
            #expect(SecretBox(serverSecret: "another server secret of 32 bytes!!").open(sealed) == nil)
        }
    }

    @Test("unknown events, bad names and refused URLs are 422; users and viewers get 403")
    func validation() async throws {
        let server = try await TestServer()
        try await server.test { c in
            let org = try await c.organization("Strict", adminToken: try await c.adminToken())
            let unknown = try await c.call(
                .post, "/api/v1/webhooks", token: org.token, json: Self.hook(events: ["chart.exploded"]))
            #expect(unknown.status == .unprocessableContent)
            #expect((unknown.error["details"] as? [String: String])?["events"]?.contains("chart.exploded") == true)
            let loopback = try await c.call(.post, "/api/v1/webhooks", token: org.token, json: Self.hook())
            #expect(loopback.status == .unprocessableContent)
            #expect((loopback.error["details"] as? [String: String])?["url"]?.contains("loopback") == true)
            let ftp = try await c.call(
                .post, "/api/v1/webhooks", token: org.token, json: Self.hook("ftp://example.com/"))
            #expect(ftp.status == .unprocessableContent)
            let user = try await c.call(
                .post, "/api/v1/users", token: org.token,
                json: ["email": "u@strict.test", "password": "password-user", "role": "user"])
            #expect(user.status == .created)
            let userToken = try await c.login("u@strict.test", "password-user").access
            #expect(try await c.call(.get, "/api/v1/webhooks", token: userToken).status == .forbidden)
        }
    }

    @Test("another organization's webhook is not found")
    func crossOrganization() async throws {
        let server = try await TestServer(configure: { $0.webhooks.allowPrivate = true })
        try await server.test { c in
            let admin = try await c.adminToken()
            let a = try await c.organization("Alpha", adminToken: admin)
            let b = try await c.organization("Beta", adminToken: admin)
            let created = try await c.call(.post, "/api/v1/webhooks", token: a.token, json: Self.hook())
            let id = try #require(created.data["webhook_id"] as? String)
            #expect(try await c.call(.get, "/api/v1/webhooks/\(id)", token: b.token).status == .notFound)
            #expect(try await c.call(.post, "/api/v1/webhooks/\(id)/test", token: b.token).status == .notFound)
            let list = try await c.call(.get, "/api/v1/webhooks", token: b.token)
            #expect((list.data["webhooks"] as? [Any])?.isEmpty == true)
        }
    }
}
