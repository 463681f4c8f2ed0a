import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("Analytics charts: list, update, delete")
struct ChartManagementTests {
    @Test("list paginates, searches the question, filters by type and date, and sorts")
    func list() async throws {
        let clock = TestClock()
        try await TestServer(clock: clock).test { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let first = try await c.createChart("total revenue by product", source: source, token: admin)
            clock.advance(100)
            let second = try await c.createChart("average revenue", source: source, token: admin)
            clock.advance(100)
            let third = try await c.createChart(
                "Revenue by region", source: source, token: admin, extra: ["chart_type": "pie"])
            func ids(_ query: String) async throws -> [String] {
                let r = try await c.call(.get, "/api/v1/analytics/charts" + query, token: admin)
                #expect(r.status == .ok, "\(r.body)")
                return ((r.data["charts"] as? [[String: Any]]) ?? []).compactMap { $0["chart_id"] as? String }
            }
            #expect(try await ids("") == [third, second, first])
            let page = try await c.call(.get, "/api/v1/analytics/charts?limit=2&page=2", token: admin)
            #expect(page.data["pagination"] as? [String: Int] == ["page": 2, "limit": 2, "total": 3, "pages": 2])
            #expect(try await ids("?limit=2&page=2") == [first])
            #expect(try await ids("?sort_order=asc") == [first, second, third])
            #expect(try await ids("?sort_by=query&sort_order=asc") == [second, third, first])
            #expect(try await ids("?query=REVENUE%20BY") == [third, first])
            #expect(try await ids("?chart_type=pie") == [third])
            #expect(try await ids("?chart_type=kpi") == [second])
            let after = Timestamp.string(Date(timeIntervalSince1970: 1_800_000_050))
            #expect(try await ids("?created_after=\(after)") == [third, second])
            for bad in [
                "sort_by=name", "sort_order=up", "chart_type=radar", "created_after=soon", "limit=101", "page=0",
            ] {
                let r = try await c.call(.get, "/api/v1/analytics/charts?\(bad)", token: admin)
                #expect(r.status == .unprocessableContent, "\(bad) answered \(r.status)")
            }
        }
    }

    @Test("update changes title and options and re-renders; delete removes the chart and its page")
    func updateAndDelete() async throws {
        let clock = TestClock()
        try await TestServer(clock: clock).test { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let id = try await c.createChart(
                "total revenue by product", source: source, token: admin, extra: ["chart_type": "line"])
            clock.advance(60)
            let u = try await c.call(
                .put, "/api/v1/analytics/chart/\(id)", token: admin,
                json: ["title": "Revenue <by> product", "options": ["theme": "dark", "interactive": false]])
            #expect(u.status == .ok, "\(u.body)")
            #expect(u.data["title"] as? String == "Revenue <by> product")
            #expect(u.data["chart_type"] as? String == "line")
            let options = try #require((u.data["chart_data"] as? [String: Any])?["options"] as? [String: Any])
            #expect(options["theme"] as? String == "dark" && options["title"] as? String == "Revenue <by> product")
            #expect((u.data["options"] as? [String: Any])?["interactive"] as? Bool == false)
            #expect(u.data["updated_at"] as? String != u.data["created_at"] as? String)
            let page = try await c.call(.get, "/charts/\(id)", token: admin)
            #expect(page.body.contains("<title>Revenue &lt;by&gt; product</title>"))
            #expect(!page.body.contains("Revenue <by>"))
            // Regression (issue 17, finding 9): the page could be framed by any site.
            #expect(page.header("Content-Security-Policy")?.contains("frame-ancestors 'self'") == true)
            #expect(page.header("X-Content-Type-Options") == "nosniff")

            let bad = try await c.call(
                .put, "/api/v1/analytics/chart/\(id)", token: admin, json: ["options": ["legend": "middle"]])
            #expect(bad.status == .unprocessableContent, "\(bad.body)")
            #expect(
                try await c.call(.put, "/api/v1/analytics/chart/\(id)", token: admin, json: ["title": ""]).status
                    == .unprocessableContent)
            #expect(
                try await c.call(
                    .put, "/api/v1/analytics/chart/chart_doesnotexist00000000", token: admin, json: ["title": "x"]
                ).status == .notFound)

            // A user may change only their own charts; a viewer may read but not delete.
            _ = try await c.call(
                .post, "/api/v1/users", token: admin,
                json: ["email": "u@example.com", "password": "user-pass-1", "role": "user"])
            _ = try await c.call(
                .post, "/api/v1/users", token: admin,
                json: ["email": "v@example.com", "password": "viewer-pass", "role": "viewer"])
            let user = try await c.login("u@example.com", "user-pass-1").access
            let viewer = try await c.login("v@example.com", "viewer-pass").access
            #expect(try await c.call(.get, "/api/v1/analytics/chart/\(id)", token: viewer).status == .ok)
            #expect(try await c.call(.delete, "/api/v1/analytics/chart/\(id)", token: viewer).status == .forbidden)
            #expect(
                try await c.call(.put, "/api/v1/analytics/chart/\(id)", token: user, json: ["title": "mine"]).status
                    == .forbidden)
            #expect(try await c.call(.delete, "/api/v1/analytics/chart/\(id)", token: user).status == .forbidden)

            let d = try await c.call(.delete, "/api/v1/analytics/chart/\(id)", token: admin)
            #expect(d.status == .ok && d.data["chart_id"] as? String == id && d.data["deleted"] as? Bool == true)
            #expect(try await c.call(.get, "/api/v1/analytics/chart/\(id)", token: admin).status == .notFound)
            #expect(try await c.call(.delete, "/api/v1/analytics/chart/\(id)", token: admin).status == .notFound)
            #expect(try await c.call(.get, "/charts/\(id)", token: admin).status == .notFound)
        }
    }
}
