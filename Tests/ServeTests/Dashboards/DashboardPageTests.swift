import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

@Suite("Dashboard page")
struct DashboardPageTests {
    @Test("members see the grid in the site layout; others get 401/404 unless public sharing is on")
    func access() async throws {
        try await TestServer().test(.live) { c in
            let platform = try await c.adminToken()
            let a = try await c.organization("Alpha", adminToken: platform)
            let b = try await c.organization("Beta", adminToken: platform)
            let source = try await c.uploadSales(token: a.token)
            let chart = try await c.createChart("total revenue by product", source: source, token: a.token)
            let id = try await c.createDashboard("Sales <team>", charts: [chart], token: a.token)
            let page = try await c.call(.get, "/dashboards/\(id)", token: a.token)
            #expect(page.status == .ok)
            #expect(page.header("Content-Type") == "text/html; charset=utf-8")
            #expect(page.body.contains("<title>Sales &lt;team&gt; · Aiser</title>"))
            #expect(page.body.contains("class=\"dashboard-grid\""))
            #expect(page.body.contains("grid-column:1 / span 6;grid-row:1 / span 4"))
            #expect(page.body.contains("<svg"))
            #expect(page.body.contains("<style media=\"print\">"))
            #expect(!page.body.contains("<script"))
            #expect(!page.body.contains("manifest.json"))
            for (token, status) in [(nil, .unauthorized), (b.token, .notFound), ("garbage", .unauthorized)]
                as [(String?, HTTPResponse.Status)]
            {
                let r = try await c.call(.get, "/dashboards/\(id)", token: token)
                #expect(r.status == status, "\(token ?? "no token") answered \(r.status)")
            }
            let shared = try await c.call(
                .put, "/api/v1/dashboards/\(id)", token: a.token, json: ["settings": ["public": true]])
            #expect(shared.status == .ok)
            #expect(try await c.call(.get, "/dashboards/\(id)").status == .ok)
            _ = try await c.call(
                .put, "/api/v1/dashboards/\(id)", token: a.token, json: ["settings": ["public": false]])
            #expect(try await c.call(.get, "/dashboards/\(id)").status == .unauthorized)
        }
    }

    @Test("the theme setting picks the page's colour scheme; auto draws both variants")
    func themes() async throws {
        try await TestServer().test(.live) { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let chart = try await c.createChart("total revenue by product", source: source, token: admin)
            let dark = try await c.createDashboard(
                "D", charts: [chart], token: admin, extra: ["settings": ["theme": "dark"]])
            let auto = try await c.createDashboard(
                "A", charts: [chart], token: admin, extra: ["settings": ["theme": "auto"]])
            let d = try await c.call(.get, "/dashboards/\(dark)", token: admin)
            #expect(d.body.contains("data-theme=\"dark\""))
            #expect(!d.body.contains("class=\"chart-light\""))
            let a = try await c.call(.get, "/dashboards/\(auto)", token: admin)
            #expect(a.body.contains("data-theme=\"auto\""))
            #expect(a.body.contains("class=\"chart-light\"") && a.body.contains("class=\"chart-dark\""))
        }
    }
}
