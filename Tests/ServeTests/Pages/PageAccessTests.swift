import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

@Suite("Who may open the chart and dashboard pages")
struct PageAccessTests {
    @Test("a chart page answers members; anyone only while settings.public is on; else 401 or 404 pages")
    func chartSharing() async throws {
        try await TestServer().test(.live) { c in
            let platform = try await c.adminToken()
            let a = try await c.organization("Alpha", adminToken: platform)
            let b = try await c.organization("Beta", adminToken: platform)
            let source = try await c.uploadSales(token: a.token)
            let id = try await c.createChart("total revenue by product", source: source, token: a.token)
            let chart = try await c.call(.get, "/api/v1/analytics/chart/\(id)", token: a.token)
            #expect((chart.data["settings"] as? [String: Any])?["public"] as? Bool == false)

            #expect(try await c.call(.get, "/charts/\(id)", token: a.token).status == .ok)
            let anonymous = try await c.call(.get, "/charts/\(id)")
            let unknown = try await c.call(.get, "/charts/chart_doesnotexist00000000")
            // Anonymous callers cannot tell a private chart from no chart.
            #expect(anonymous.status == .unauthorized && unknown.status == .unauthorized)
            #expect(anonymous.body == unknown.body.replacingOccurrences(of: "chart_doesnotexist00000000", with: id))
            #expect(anonymous.header("Content-Type") == "text/html; charset=utf-8")
            #expect(anonymous.body.contains("href=\"/login?next=/charts/\(id)\""))
            #expect(!anonymous.body.contains("Alpha") && !anonymous.body.contains("<svg"))
            #expect(anonymous.header("WWW-Authenticate") == nil)
            #expect(try await c.call(.get, "/charts/\(id)", token: "garbage").status == .unauthorized)
            let foreign = try await c.call(.get, "/charts/\(id)", token: b.token)
            #expect(foreign.status == .notFound && foreign.body.contains("Not found"))

            // Sharing on: anyone; off again: the link is revoked at once.
            let on = try await c.call(
                .put, "/api/v1/analytics/chart/\(id)", token: a.token, json: ["settings": ["public": true]])
            #expect((on.data["settings"] as? [String: Any])?["public"] as? Bool == true, "\(on.body)")
            let shared = try await c.call(.get, "/charts/\(id)")
            #expect(shared.status == .ok && shared.body.contains("<svg") && shared.body.contains("Alpha"))
            #expect(try await c.call(.get, "/charts/\(id)", token: b.token).status == .ok)
            _ = try await c.call(
                .put, "/api/v1/analytics/chart/\(id)", token: a.token, json: ["settings": ["public": false]])
            #expect(try await c.call(.get, "/charts/\(id)").status == .unauthorized)
            // A title change keeps the sharing as it was.
            _ = try await c.call(.put, "/api/v1/analytics/chart/\(id)", token: a.token, json: ["title": "Revenue"])
            #expect(try await c.call(.get, "/charts/\(id)").status == .unauthorized)
        }
    }

    @Test("public sharing can be asked for when the chart is created; bad values answer 422")
    func sharedAtCreation() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let id = try await c.createChart(
                "total revenue by product", source: source, token: admin, extra: ["settings": ["public": true]])
            #expect(try await c.call(.get, "/charts/\(id)").status == .ok)
            let bad = try await c.call(
                .put, "/api/v1/analytics/chart/\(id)", token: admin, json: ["settings": ["public": "yes"]])
            #expect(bad.status == .unprocessableContent && bad.errorCode == "VALIDATION_ERROR", "\(bad.body)")
            #expect(try await c.call(.get, "/charts/\(id)").status == .ok)
        }
    }

    @Test("viewers of the organization may open its pages; deleting the chart answers members 404")
    func viewersAndDeletion() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            _ = try await c.call(
                .post, "/api/v1/users", token: admin,
                json: ["email": "v@example.com", "password": "viewer-pass", "role": "viewer"])
            let viewer = try await c.login("v@example.com", "viewer-pass").access
            let source = try await c.uploadSales(token: admin)
            let id = try await c.createChart("total revenue by product", source: source, token: admin)
            let board = try await c.createDashboard("Board", charts: [id], token: admin)
            #expect(try await c.call(.get, "/charts/\(id)", token: viewer).status == .ok)
            #expect(try await c.call(.get, "/dashboards/\(board)", token: viewer).status == .ok)
            _ = try await c.call(.delete, "/api/v1/analytics/chart/\(id)", token: admin)
            #expect(try await c.call(.get, "/charts/\(id)", token: viewer).status == .notFound)
            #expect(try await c.call(.get, "/charts/\(id)").status == .unauthorized)
        }
    }

    @Test("the login target is a local path only")
    func loginTarget() {
        #expect(LoginTarget.validated("/charts/chart_1?x=1") == "/charts/chart_1?x=1")
        for bad in ["//evil.example/x", "https://evil.example/", "/\\evil.example", "charts/1", "/a b", "/a\n", ""] {
            #expect(LoginTarget.validated(bad) == "/login", "\(bad)")
        }
        #expect(LoginTarget.validated(nil) == "/login")
        #expect(LoginTarget.percentEncoded("/charts/a?b=c&d") == "/charts/a%3Fb%3Dc%26d")
    }
}
