import Engine
import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("API keys")
struct APIKeyTests {
    @Test("the secret is shown once, stored hashed and listed by prefix only")
    func createAndList() async throws {
        let server = try await TestServer()
        let backend = server.backend
        try await server.test { c in
            let admin = try await c.adminToken()
            let r = try await c.call(.post, "/api/v1/api-keys", token: admin, json: ["name": "ci"])
            #expect(r.status == .created, "\(r.body)")
            let secret = try #require(r.data["api_key"] as? String)
            let id = try #require(r.data["key_id"] as? String)
            #expect(id.hasPrefix("key_"))
            #expect(secret.hasPrefix("aiser_sk_"))
            #expect(secret.hasPrefix(try #require(r.data["prefix"] as? String)))
            let list = try await c.call(.get, "/api/v1/api-keys", token: admin)
            #expect(!list.body.contains(secret))
            let keys = try #require(list.data["api_keys"] as? [[String: Any]])
            #expect(keys.count == 1 && keys[0]["api_key"] == nil && keys[0]["key_id"] as? String == id)
            let stored = try await backend.metadata.read { try $0.rows("SELECT hash FROM api_keys") }
            #expect(stored.first?.first?.string == RandomToken.sha256(secret))
        }
    }

    @Test("a key authenticates as Bearer and as X-API-Key until revoked")
    func authenticateAndRevoke() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let r = try await c.call(.post, "/api/v1/api-keys", token: admin, json: ["name": "sdk"])
            let secret = try #require(r.data["api_key"] as? String)
            let id = try #require(r.data["key_id"] as? String)
            #expect(try await c.call(.get, "/api/v1/users", token: secret).status == .ok)
            #expect(try await c.call(.get, "/api/v1/users", headers: ["X-API-Key": secret]).status == .ok)
            #expect(
                try await c.call(.get, "/api/v1/users", headers: ["X-API-Key": secret + "x"]).status == .unauthorized)
            let revoked = try await c.call(.delete, "/api/v1/api-keys/\(id)", token: admin)
            #expect(revoked.status == .ok)
            #expect(revoked.data["revoked"] as? Bool == true)
            #expect(try await c.call(.get, "/api/v1/users", token: secret).status == .unauthorized)
            #expect(try await c.call(.delete, "/api/v1/api-keys/\(id)", token: admin).status == .notFound)
        }
    }

    @Test("a scoped key is narrower than its creator")
    func scoped() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let r = try await c.call(
                .post, "/api/v1/api-keys", token: admin, json: ["name": "read-only", "role": "viewer"])
            let secret = try #require(r.data["api_key"] as? String)
            #expect(r.data["role"] as? String == "viewer")
            #expect(try await c.call(.get, "/api/v1/users", token: secret).status == .forbidden)
            #expect(
                try await c.call(.post, "/api/v1/organizations", token: secret, json: ["name": "X"]).status
                    == .forbidden)
            // A plain user cannot mint an admin key.
            _ = try await c.call(
                .post, "/api/v1/users", token: admin, json: ["email": "p@example.com", "password": "plain-user"])
            let user = try await c.login("p@example.com", "plain-user").access
            let up = try await c.call(.post, "/api/v1/api-keys", token: user, json: ["name": "up", "role": "admin"])
            #expect(up.status == .forbidden)
        }
    }

    @Test("logout with an API key is refused, the key keeps working")
    func logoutWithKey() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let secret = try #require(
                try await c.call(.post, "/api/v1/api-keys", token: admin, json: ["name": "k"]).data["api_key"]
                    as? String)
            #expect(try await c.call(.post, "/api/v1/auth/logout", token: secret).status == .forbidden)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: secret).status == .ok)
        }
    }
}
