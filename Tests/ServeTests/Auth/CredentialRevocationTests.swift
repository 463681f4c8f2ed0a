import Engine
import Foundation
import HTTPTypes
import Testing

@testable import Serve

/// Every way a credential stops being valid takes effect on the very next request, although
/// the credential was used (and its identity cached) just before.
@Suite("Revocation with cached credentials")
struct CredentialRevocationTests {
    /// Creates a user in the administrator's organization and logs them in.
    static func user(_ c: Client, admin: String, role: String) async throws -> (id: String, token: String) {
        let email = "\(role)-\(RandomToken.string(length: 6))@example.com"
        let r = try await c.call(
            .post, "/api/v1/users", token: admin, json: ["email": email, "password": "password-123", "role": role])
        try #require(r.status == .created, "\(r.body)")
        return (try #require(r.data["user_id"] as? String), try await c.login(email, "password-123").access)
    }

    @Test("logout refuses the session's access token on the next request")
    func logout() async throws {
        let server = try await TestServer()
        try await server.test { c in
            let admin = try await c.adminToken()
            #expect(try await c.call(.get, "/api/v1/api-keys", token: admin).status == .ok)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: admin).status == .ok)
            #expect(server.backend.credentials.remembers(admin))
            #expect(try await c.call(.post, "/api/v1/auth/logout", token: admin).status == .ok)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: admin).status == .unauthorized)
        }
    }

    @Test("refresh-token reuse refuses every access token of the family on the next request")
    func familyRevocation() async throws {
        let server = try await TestServer()
        try await server.test { c in
            let first = try await c.login(TestServer.adminEmail, TestServer.adminPassword)
            let second = try await c.call(.post, "/api/v1/auth/refresh", token: first.refresh)
            let secondAccess = try #require(second.data["access_token"] as? String)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: first.access).status == .ok)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: secondAccess).status == .ok)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: first.access).status == .ok)
            #expect(server.backend.credentials.remembers(first.access))
            #expect(server.backend.credentials.remembers(secondAccess))
            #expect(try await c.call(.post, "/api/v1/auth/refresh", token: first.refresh).status == .unauthorized)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: secondAccess).status == .unauthorized)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: first.access).status == .unauthorized)
        }
    }

    @Test("a deactivated user is refused on the next request")
    func deactivation() async throws {
        let server = try await TestServer()
        try await server.test { c in
            let admin = try await c.adminToken()
            let user = try await Self.user(c, admin: admin, role: "user")
            #expect(try await c.call(.get, "/api/v1/users/\(user.id)", token: user.token).status == .ok)
            #expect(server.backend.credentials.remembers(user.token))
            let r = try await c.call(.put, "/api/v1/users/\(user.id)", token: admin, json: ["status": "disabled"])
            #expect(r.status == .ok, "\(r.body)")
            #expect(try await c.call(.get, "/api/v1/users/\(user.id)", token: user.token).status == .unauthorized)
        }
    }

    @Test("a narrowed role applies from the next request")
    func roleChange() async throws {
        let server = try await TestServer()
        try await server.test { c in
            let admin = try await c.adminToken()
            let user = try await Self.user(c, admin: admin, role: "admin")
            #expect(try await c.call(.get, "/api/v1/users", token: user.token).status == .ok)
            #expect(server.backend.credentials.remembers(user.token))
            let r = try await c.call(.put, "/api/v1/users/\(user.id)", token: admin, json: ["role": "viewer"])
            #expect(r.status == .ok, "\(r.body)")
            #expect(try await c.call(.get, "/api/v1/users", token: user.token).status == .forbidden)
            #expect(try await c.call(.get, "/api/v1/users/\(user.id)", token: user.token).status == .ok)
        }
    }

    @Test("a revoked API key is refused on the next request")
    func apiKeyRevocation() async throws {
        let server = try await TestServer()
        try await server.test { c in
            let admin = try await c.adminToken()
            let r = try await c.call(.post, "/api/v1/api-keys", token: admin, json: ["name": "sdk"])
            let secret = try #require(r.data["api_key"] as? String)
            let id = try #require(r.data["key_id"] as? String)
            #expect(try await c.call(.get, "/api/v1/users", headers: ["X-API-Key": secret]).status == .ok)
            #expect(try await c.call(.get, "/api/v1/users", headers: ["X-API-Key": secret]).status == .ok)
            #expect(server.backend.credentials.remembers(secret))
            #expect(try await c.call(.delete, "/api/v1/api-keys/\(id)", token: admin).status == .ok)
            #expect(try await c.call(.get, "/api/v1/users", headers: ["X-API-Key": secret]).status == .unauthorized)
            #expect(try await c.call(.get, "/api/v1/users", token: secret).status == .unauthorized)
        }
    }

    @Test("a change made by another process (deleting the user) is seen on the next request")
    func otherProcess() async throws {
        let server = try await TestServer()
        try await server.test { c in
            let admin = try await c.adminToken()
            let user = try await Self.user(c, admin: admin, role: "user")
            let key = try await c.call(.post, "/api/v1/api-keys", token: user.token, json: ["name": "k"])
            let secret = try #require(key.data["api_key"] as? String)
            #expect(try await c.call(.get, "/api/v1/users/\(user.id)", token: user.token).status == .ok)
            #expect(try await c.call(.get, "/api/v1/users/\(user.id)", token: secret).status == .ok)
            #expect(server.backend.credentials.remembers(user.token))
            #expect(server.backend.credentials.remembers(secret))
            // Another connection, as `sqlite3` or a second server process would have.
            let other = try Connection(path: server.settings.metadataPath)
            try other.execute("PRAGMA foreign_keys=ON")
            #expect(try other.run("DELETE FROM users WHERE id = ?", [.text(user.id)]) == 1)
            #expect(try await c.call(.get, "/api/v1/users/\(user.id)", token: user.token).status == .unauthorized)
            #expect(try await c.call(.get, "/api/v1/users/\(user.id)", token: secret).status == .unauthorized)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: admin).status == .ok)
        }
    }

    @Test("a cached access token stops working when it expires")
    func expiry() async throws {
        let server = try await TestServer()
        try await server.test { c in
            let admin = try await c.adminToken()
            #expect(try await c.call(.get, "/api/v1/api-keys", token: admin).status == .ok)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: admin).status == .ok)
            #expect(server.backend.credentials.remembers(admin))
            server.clock.advance(TimeInterval(server.settings.accessTokenSeconds) - 1)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: admin).status == .ok)
            server.clock.advance(1)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: admin).status == .unauthorized)
        }
    }
}
