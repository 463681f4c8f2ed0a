import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

/// The chart and dashboard pages opened with an embed token (`?token=`), over real sockets.
@Suite("Pages opened with an embed token")
struct PageTokenTests {
    @Test("a valid token opens its private chart and dashboard pages; bad, foreign, revoked and expired ones do not")
    func tokenOpensPages() async throws {
        let server = try await TestServer()
        try await server.test(.live) { c in
            let platform = try await c.adminToken()
            let a = try await c.organization("Alpha", adminToken: platform)
            let b = try await c.organization("Beta", adminToken: platform)
            let source = try await c.uploadSales(token: a.token)
            let chart = try await c.createChart("total revenue by product", source: source, token: a.token)
            let other = try await c.createChart("total revenue by region", source: source, token: a.token)
            let board = try await c.createDashboard("Board", charts: [chart], token: a.token)
            let token = try #require(try await c.embedToken("chart", chart, token: a.token)["token"] as? String)
            let boardToken = try #require(
                try await c.embedToken("dashboard", board, token: a.token, extra: ["expires_in": 120])["token"]
                    as? String)
            #expect(try await c.call(.get, "/charts/\(chart)").status == .unauthorized)

            let page = try await c.call(.get, "/charts/\(chart)?token=\(token)")
            #expect(page.status == .ok && page.body.contains("<svg") && page.body.contains("Alpha"))
            #expect(page.header("Referrer-Policy") == "no-referrer" && page.header("Set-Cookie") == nil)
            let dashboard = try await c.call(.get, "/dashboards/\(board)?token=\(boardToken)")
            #expect(dashboard.status == .ok && dashboard.body.contains("<svg"))
            // A member of another organization holding the token sees what the token grants.
            #expect(try await c.call(.get, "/charts/\(chart)?token=\(token)", token: b.token).status == .ok)

            // Another resource's token, the chart token on the dashboard page, garbage, empty.
            let wrong = try await c.call(.get, "/charts/\(other)?token=\(token)")
            #expect(wrong.status == .notFound && !wrong.body.contains("<svg"))
            #expect(try await c.call(.get, "/dashboards/\(board)?token=\(token)").status == .notFound)
            #expect(try await c.call(.get, "/charts/\(chart)?token=garbage").status == .unauthorized)
            #expect(try await c.call(.get, "/charts/\(chart)?token=").status == .unauthorized)
            // A bad token is refused even to a member: a present token decides alone.
            #expect(try await c.call(.get, "/charts/\(chart)?token=garbage", token: a.token).status == .unauthorized)

            // Never accepted on /api/v1: neither as the query parameter nor as a bearer token.
            #expect(try await c.call(.get, "/api/v1/analytics/chart/\(chart)?token=\(token)").status == .unauthorized)
            #expect(try await c.call(.get, "/api/v1/analytics/chart/\(chart)", token: token).status == .unauthorized)
            #expect(try await c.call(.get, "/api/v1/dashboards/\(board)?token=\(boardToken)").status == .unauthorized)

            // Revocation refuses the chart's tokens on its page; expiry the dashboard's.
            let revoke = try await c.call(
                .post, "/api/v1/embed/revoke", token: a.token, json: ["resource_type": "chart", "resource_id": chart])
            #expect(revoke.status == .ok)
            #expect(try await c.call(.get, "/charts/\(chart)?token=\(token)").status == .unauthorized)
            server.clock.advance(121)
            #expect(try await c.call(.get, "/dashboards/\(board)?token=\(boardToken)").status == .unauthorized)
        }
    }
}
