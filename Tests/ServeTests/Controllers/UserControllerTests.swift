import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("Users")
struct UserControllerTests {
    @Test("create answers the reference's fields with 201 and an opaque id")
    func create() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let r = try await c.call(
                .post, "/api/v1/users", token: admin,
                json: [
                    "email": "newuser@example.com", "username": "newuser", "password": "securepassword123",
                    "first_name": "John", "last_name": "Doe", "role": "user",
                ])
            #expect(r.status == .created, "\(r.body)")
            let d = r.data
            #expect((d["user_id"] as? String)?.hasPrefix("user_") == true)
            #expect((d["user_id"] as? String)?.count == 25)
            #expect(d["email"] as? String == "newuser@example.com")
            #expect(d["username"] as? String == "newuser")
            #expect(d["first_name"] as? String == "John" && d["last_name"] as? String == "Doe")
            #expect(d["role"] as? String == "user" && d["status"] as? String == "active")
            #expect(d["organization"] as? String == "Default")
            #expect(d["password"] == nil && d["password_hash"] == nil)
            #expect(Timestamp.parse(d["created_at"] as? String ?? "") != nil)
        }
    }

    @Test("a taken email answers 409, an invalid one 422 with details")
    func conflicts() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let dup = try await c.call(
                .post, "/api/v1/users", token: admin,
                json: ["email": TestServer.adminEmail.uppercased(), "password": "whatever12"])
            #expect(dup.status == .conflict && dup.errorCode == "CONFLICT")
            let bad = try await c.call(
                .post, "/api/v1/users", token: admin, json: ["email": "not-an-email", "password": "short"])
            #expect(bad.status == .unprocessableContent)
            let details = try #require(bad.error["details"] as? [String: String])
            #expect(details["email"] != nil && details["password"] != nil)
        }
    }

    @Test("profile shows preferences and real statistics; update changes them")
    func profileAndUpdate() async throws {
        let clock = TestClock()
        try await TestServer(clock: clock).test { c in
            let admin = try await c.adminToken()
            let created = try await c.call(
                .post, "/api/v1/users", token: admin, json: ["email": "j@example.com", "password": "jpassword1"])
            let id = try #require(created.data["user_id"] as? String)
            let t = try await c.login("j@example.com", "jpassword1")
            clock.advance(120)
            _ = try await c.call(.post, "/api/v1/auth/refresh", token: t.refresh)
            let me = try await c.call(.get, "/api/v1/users/\(id)", token: t.access)
            #expect(me.status == .ok, "\(me.body)")
            let prefs = try #require(me.data["preferences"] as? [String: Any])
            #expect(
                prefs["theme"] as? String == "light" && prefs["language"] as? String == "en"
                    && prefs["timezone"] as? String == "UTC")
            let stats = try #require(me.data["statistics"] as? [String: Any])
            #expect(stats["charts_created"] as? Int == 0)
            #expect(stats["total_usage_time"] as? Int == 120)
            #expect(stats["last_login"] as? String == Timestamp.string(Date(timeIntervalSince1970: 1_800_000_000)))
            let up = try await c.call(
                .put, "/api/v1/users/\(id)", token: t.access,
                json: ["first_name": "Jonathan", "preferences": ["theme": "dark", "language": "en"]])
            #expect(up.status == .ok, "\(up.body)")
            #expect(up.data["first_name"] as? String == "Jonathan")
            #expect((up.data["preferences"] as? [String: Any])?["theme"] as? String == "dark")
            #expect((up.data["preferences"] as? [String: Any])?["timezone"] as? String == "UTC")
            let again = try await c.call(.get, "/api/v1/users/\(id)", token: admin)
            #expect(again.data["first_name"] as? String == "Jonathan")
        }
    }

    @Test("users cannot change their own role; admins can")
    func roleChanges() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let created = try await c.call(
                .post, "/api/v1/users", token: admin, json: ["email": "r@example.com", "password": "rpassword1"])
            let id = try #require(created.data["user_id"] as? String)
            let t = try await c.login("r@example.com", "rpassword1").access
            #expect(
                try await c.call(.put, "/api/v1/users/\(id)", token: t, json: ["role": "admin"]).status == .forbidden)
            let promoted = try await c.call(.put, "/api/v1/users/\(id)", token: admin, json: ["role": "viewer"])
            #expect(promoted.data["role"] as? String == "viewer")
            // Nobody changes their own role or status (no lock-out by accident).
            let me =
                try #require(try await c.call(.get, "/api/v1/users", token: admin).data["users"] as? [[String: Any]])
                .first { $0["email"] as? String == TestServer.adminEmail }?["user_id"] as? String
            #expect(
                try await c.call(.put, "/api/v1/users/\(me ?? "")", token: admin, json: ["role": "viewer"]).status
                    == .forbidden)
            #expect(
                try await c.call(.put, "/api/v1/users/\(me ?? "")", token: admin, json: ["status": "disabled"]).status
                    == .forbidden)
            #expect(
                try await c.call(
                    .put, "/api/v1/users/\(me ?? "")", token: admin, json: ["role": "admin", "first_name": "Ada"]
                ).status == .ok)
            // A user may not read other users.
            let all = try #require(
                try await c.call(.get, "/api/v1/users", token: admin).data["users"] as? [[String: Any]])
            let adminID = all.first { $0["email"] as? String == TestServer.adminEmail }?["user_id"] as? String
            #expect(try await c.call(.get, "/api/v1/users/\(adminID ?? "")", token: t).status == .forbidden)
        }
    }

    @Test("list paginates and filters by role and status")
    func list() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            for i in 0..<5 {
                _ = try await c.call(
                    .post, "/api/v1/users", token: admin,
                    json: [
                        "email": "u\(i)@example.com", "password": "password\(i)x",
                        "role": i % 2 == 0 ? "viewer" : "user",
                    ])
            }
            let page = try await c.call(.get, "/api/v1/users?page=2&limit=2", token: admin)
            #expect(page.status == .ok)
            let pagination = try #require(page.data["pagination"] as? [String: Int])
            #expect(pagination == ["page": 2, "limit": 2, "total": 6, "pages": 3])
            #expect((page.data["users"] as? [Any])?.count == 2)
            let viewers = try await c.call(.get, "/api/v1/users?role=viewer", token: admin)
            #expect(
                (viewers.data["users"] as? [[String: Any]])?.allSatisfy { $0["role"] as? String == "viewer" } == true)
            #expect((viewers.data["pagination"] as? [String: Int])?["total"] == 3)
            let disabled = try await c.call(.get, "/api/v1/users?status=disabled", token: admin)
            #expect((disabled.data["pagination"] as? [String: Int])?["total"] == 0)
        }
    }
}
