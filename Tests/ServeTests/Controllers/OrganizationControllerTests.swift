import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("Organizations")
struct OrganizationControllerTests {
    @Test("a platform administrator creates an organization with settings")
    func create() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let r = try await c.call(
                .post, "/api/v1/organizations", token: admin,
                json: [
                    "name": "Example Corporation", "domain": "example.com", "plan": "enterprise",
                    "settings": [
                        "max_users": 100, "data_retention_days": 365, "ai_model_access": ["gpt-4", "gemini-2.5"],
                    ],
                ])
            #expect(r.status == .created, "\(r.body)")
            #expect((r.data["organization_id"] as? String)?.hasPrefix("org_") == true)
            #expect(r.data["plan"] as? String == "enterprise" && r.data["status"] as? String == "active")
            let settings = try #require(r.data["settings"] as? [String: Any])
            #expect(settings["max_users"] as? Int == 100)
            #expect(settings["ai_model_access"] as? [String] == ["gpt-4", "gemini-2.5"])
            #expect(
                try await c.call(.post, "/api/v1/organizations", token: admin, json: ["name": "example corporation"])
                    .status == .conflict)
        }
    }

    @Test("usage counts real users and API calls; members are listed")
    func usage() async throws {
        let server = try await TestServer()
        try await server.test { c in
            let admin = try await c.adminToken()
            let org = try await c.organization("Acme", adminToken: admin)
            _ = try await c.call(
                .post, "/api/v1/users", token: org.token, json: ["email": "m@acme.test", "password": "member-pass"])
            for _ in 0..<3 { _ = try await c.call(.get, "/api/v1/api-keys", token: org.token) }
            let r = try await c.call(.get, "/api/v1/organizations/\(org.orgID)", token: org.token)
            #expect(r.status == .ok, "\(r.body)")
            let usage = try #require(r.data["usage"] as? [String: Any])
            #expect(usage["current_users"] as? Int == 2)
            #expect(usage["data_storage_gb"] as? Double == 0)
            // 1 user creation + 3 listings + this call, all authenticated in Acme.
            #expect(usage["api_calls_month"] as? Int == 5)
            let members = try await c.call(.get, "/api/v1/organizations/\(org.orgID)/members", token: org.token)
            let list = try #require(members.data["members"] as? [[String: Any]])
            #expect(Set(list.compactMap { $0["email"] as? String }) == ["admin@acme.test", "m@acme.test"])
        }
    }

    @Test("organization admins cannot create organizations")
    func onlyPlatformAdmins() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let org = try await c.organization("Solo", adminToken: admin)
            #expect(
                try await c.call(.post, "/api/v1/organizations", token: org.token, json: ["name": "Mine"]).status
                    == .forbidden)
        }
    }
}
