import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("Login, refresh rotation and logout")
struct LoginTests {
    @Test("login answers the reference's token response with a refresh token")
    func login() async throws {
        try await TestServer().test { c in
            let r = try await c.call(
                .post, "/api/v1/auth/login", json: ["email": "ADMIN@example.com", "password": TestServer.adminPassword])
            #expect(r.status == .ok)
            #expect(r.json["success"] as? Bool == true)
            #expect(r.json["timestamp"] as? String != nil)
            #expect(r.data["token_type"] as? String == "bearer")
            #expect(r.data["expires_in"] as? Int == 3600)
            #expect((r.data["refresh_token"] as? String)?.hasPrefix("aiser_rt_") == true)
            let user = try #require(r.data["user"] as? [String: Any])
            #expect((user["id"] as? String)?.hasPrefix("user_") == true)
            #expect(user["email"] as? String == TestServer.adminEmail)
            #expect(user["role"] as? String == "admin")
            let token = try #require(r.data["access_token"] as? String)
            #expect(TokenSigner.headerAlgorithm(of: token) == "HS256")
        }
    }

    @Test("unknown email and wrong password answer the same body")
    func indistinguishable() async throws {
        try await TestServer().test { c in
            let unknown = try await c.call(
                .post, "/api/v1/auth/login", json: ["email": "nobody@example.com", "password": "whatever1"])
            let wrong = try await c.call(
                .post, "/api/v1/auth/login", json: ["email": TestServer.adminEmail, "password": "whatever1"])
            #expect(unknown.status == .unauthorized && wrong.status == .unauthorized)
            #expect(unknown.error["message"] as? String == wrong.error["message"] as? String)
            #expect(unknown.errorCode == wrong.errorCode)
            #expect(Set(unknown.error.keys) == Set(wrong.error.keys))
        }
    }

    @Test("the dummy hash is really verified for unknown users")
    func dummyHash() async throws {
        let hasher = PasswordHasher(cost: 4, pool: BlockingPool(threads: 1))
        let hash = try await hasher.hash("right-password")
        #expect(try await hasher.verify("right-password", against: hash))
        #expect(!(try await hasher.verify("wrong-password", against: hash)))
        #expect(!(try await hasher.verify("right-password", against: nil)))
    }

    @Test("refresh rotates: the new pair works, the old refresh token is single-use")
    func rotation() async throws {
        try await TestServer().test { c in
            let first = try await c.login(TestServer.adminEmail, TestServer.adminPassword)
            let r = try await c.call(.post, "/api/v1/auth/refresh", token: first.refresh)
            #expect(r.status == .ok, "\(r.body)")
            let newAccess = try #require(r.data["access_token"] as? String)
            let newRefresh = try #require(r.data["refresh_token"] as? String)
            #expect(newRefresh != first.refresh)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: newAccess).status == .ok)
            // The refresh token may also come in the body.
            let viaBody = try await c.call(.post, "/api/v1/auth/refresh", json: ["refresh_token": newRefresh])
            #expect(viaBody.status == .ok)
        }
    }

    @Test("reusing a rotated refresh token revokes the whole family")
    func reuseRevokesFamily() async throws {
        try await TestServer().test { c in
            let first = try await c.login(TestServer.adminEmail, TestServer.adminPassword)
            let second = try await c.call(.post, "/api/v1/auth/refresh", token: first.refresh)
            let secondRefresh = try #require(second.data["refresh_token"] as? String)
            let secondAccess = try #require(second.data["access_token"] as? String)
            let reuse = try await c.call(.post, "/api/v1/auth/refresh", token: first.refresh)
            #expect(reuse.status == .unauthorized)
            #expect(reuse.errorCode == "AUTHENTICATION_FAILED")
            #expect(try await c.call(.post, "/api/v1/auth/refresh", token: secondRefresh).status == .unauthorized)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: secondAccess).status == .unauthorized)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: first.access).status == .unauthorized)
        }
    }

    @Test("logout revokes the access token and the refresh token")
    func logout() async throws {
        try await TestServer().test { c in
            let t = try await c.login(TestServer.adminEmail, TestServer.adminPassword)
            let other = try await c.login(TestServer.adminEmail, TestServer.adminPassword)
            let r = try await c.call(.post, "/api/v1/auth/logout", token: t.access)
            #expect(r.status == .ok)
            #expect(r.data["logged_out"] as? Bool == true)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: t.access).status == .unauthorized)
            #expect(try await c.call(.post, "/api/v1/auth/refresh", token: t.refresh).status == .unauthorized)
            // Another session of the same user is untouched.
            #expect(try await c.call(.get, "/api/v1/api-keys", token: other.access).status == .ok)
        }
    }

    @Test("a refresh token is never accepted as an access token")
    func refreshIsNotAccess() async throws {
        try await TestServer().test { c in
            let t = try await c.login(TestServer.adminEmail, TestServer.adminPassword)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: t.refresh).status == .unauthorized)
            #expect(try await c.call(.post, "/api/v1/auth/refresh", token: t.access).status == .unauthorized)
        }
    }

    @Test("access tokens expire")
    func expiry() async throws {
        let clock = TestClock()
        try await TestServer(clock: clock).test { c in
            let t = try await c.login(TestServer.adminEmail, TestServer.adminPassword)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: t.access).status == .ok)
            clock.advance(3601)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: t.access).status == .unauthorized)
            // The session is still alive: refresh gives a working token.
            let r = try await c.call(.post, "/api/v1/auth/refresh", token: t.refresh)
            let access = try #require(r.data["access_token"] as? String)
            #expect(try await c.call(.get, "/api/v1/api-keys", token: access).status == .ok)
        }
    }

    @Test("disabled users cannot log in and their tokens stop working")
    func disabled() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let u = try await c.call(
                .post, "/api/v1/users", token: admin, json: ["email": "u@example.com", "password": "user-password"])
            let id = try #require(u.data["user_id"] as? String)
            let t = try await c.login("u@example.com", "user-password")
            #expect(
                try await c.call(.put, "/api/v1/users/\(id)", token: admin, json: ["status": "disabled"]).status == .ok)
            #expect(try await c.call(.get, "/api/v1/users/\(id)", token: t.access).status == .unauthorized)
            #expect(
                try await c.call(
                    .post, "/api/v1/auth/login", json: ["email": "u@example.com", "password": "user-password"]
                ).status == .unauthorized)
        }
    }
}
