import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

@Suite("Dashboards: create, read, list, update, delete")
struct DashboardAPITests {
    @Test("create answers the layout with chart data; get reads it back")
    func createAndGet() async throws {
        try await TestServer().test(.live) { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let a = try await c.createChart("total revenue by product", source: source, token: admin)
            let b = try await c.createChart("total revenue by region", source: source, token: admin)
            let r = try await c.call(
                .post, "/api/v1/dashboards", token: admin,
                json: [
                    "name": "Sales", "description": "Revenue views",
                    "layout": [
                        ["chart_id": a, "position": ["x": 0, "y": 0, "w": 6, "h": 4]],
                        ["chart_id": b, "position": ["x": 6, "y": 0, "w": 6, "h": 4]],
                    ],
                    "settings": ["auto_refresh": true, "refresh_interval": 60, "theme": "dark"],
                ])
            #expect(r.status == .created, "\(r.body)")
            let id = try #require(r.data["dashboard_id"] as? String)
            #expect(id.hasPrefix("dashboard_"))
            #expect(r.data["dashboard_url"] as? String == "/dashboards/\(id)")
            let g = try await c.call(.get, "/api/v1/dashboards/\(id)", token: admin)
            #expect(g.status == .ok)
            #expect(g.data["name"] as? String == "Sales")
            #expect(g.data["description"] as? String == "Revenue views")
            let settings = try #require(g.data["settings"] as? [String: Any])
            #expect(settings["auto_refresh"] as? Bool == true)
            #expect(settings["refresh_interval"] as? Int == 60)
            #expect(settings["theme"] as? String == "dark")
            #expect(settings["public"] as? Bool == false)
            let layout = try #require(g.data["layout"] as? [[String: Any]])
            #expect(layout.map { $0["chart_id"] as? String } == [a, b])
            #expect(layout[1]["position"] as? [String: Int] == ["x": 6, "y": 0, "w": 6, "h": 4])
            let data = try #require(layout[0]["chart_data"] as? [String: Any])
            let labels = (data["data"] as? [String: Any])?["labels"] as? [String]
            #expect(labels?.sorted() == ["Alpha", "Beta"])
            #expect(layout[0]["status"] as? String == "ok")
        }
    }

    @Test("list paginates, searches the name and sorts")
    func list() async throws {
        let clock = TestClock()
        try await TestServer(clock: clock).test(.live) { c in
            let admin = try await c.adminToken()
            let first = try await c.createDashboard("Revenue overview", charts: [], token: admin)
            clock.advance(10)
            let second = try await c.createDashboard("Costs", charts: [], token: admin)
            clock.advance(10)
            let third = try await c.createDashboard("revenue by region", charts: [], token: admin)
            func ids(_ query: String) async throws -> [String] {
                let r = try await c.call(.get, "/api/v1/dashboards" + query, token: admin)
                #expect(r.status == .ok, "\(r.body)")
                return ((r.data["dashboards"] as? [[String: Any]]) ?? []).compactMap { $0["dashboard_id"] as? String }
            }
            #expect(try await ids("") == [third, second, first])
            #expect(try await ids("?sort_order=asc") == [first, second, third])
            #expect(try await ids("?sort_by=name&sort_order=asc") == [second, third, first])
            #expect(try await ids("?search=REVENUE") == [third, first])
            // Browsers and the SDKs write a space in a query as `+` (regression: it matched nothing).
            #expect(try await ids("?search=revenue+by") == [third])
            #expect(try await ids("?limit=2&page=2") == [first])
            let page = try await c.call(.get, "/api/v1/dashboards?limit=2", token: admin)
            #expect(page.data["pagination"] as? [String: Int] == ["page": 1, "limit": 2, "total": 3, "pages": 2])
            for bad in ["sort_by=size", "sort_order=up", "limit=0", "page=0"] {
                let r = try await c.call(.get, "/api/v1/dashboards?\(bad)", token: admin)
                #expect(r.status == .unprocessableContent, "\(bad) answered \(r.status)")
            }
        }
    }

    @Test("update changes only the fields given; delete removes the dashboard")
    func updateAndDelete() async throws {
        let clock = TestClock()
        try await TestServer(clock: clock).test(.live) { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let chart = try await c.createChart("total revenue by product", source: source, token: admin)
            let id = try await c.createDashboard(
                "Sales", charts: [chart], token: admin, extra: ["description": "kept"])
            clock.advance(60)
            let u = try await c.call(
                .put, "/api/v1/dashboards/\(id)", token: admin,
                json: ["name": "Sales 2", "settings": ["public": true]])
            #expect(u.status == .ok, "\(u.body)")
            #expect(u.data["name"] as? String == "Sales 2")
            #expect(u.data["description"] as? String == "kept")
            #expect((u.data["layout"] as? [Any])?.count == 1)
            #expect((u.data["settings"] as? [String: Any])?["public"] as? Bool == true)
            #expect((u.data["settings"] as? [String: Any])?["theme"] as? String == "light")
            #expect(u.data["updated_at"] as? String != u.data["created_at"] as? String)
            let moved = try await c.call(
                .put, "/api/v1/dashboards/\(id)", token: admin,
                json: ["layout": [["chart_id": chart, "position": ["x": 3, "y": 2, "w": 9, "h": 5]]]])
            #expect(moved.status == .ok, "\(moved.body)")
            let item = try #require((moved.data["layout"] as? [[String: Any]])?.first)
            #expect(item["position"] as? [String: Int] == ["x": 3, "y": 2, "w": 9, "h": 5])
            let d = try await c.call(.delete, "/api/v1/dashboards/\(id)", token: admin)
            #expect(d.status == .ok)
            #expect(d.data["deleted"] as? Bool == true)
            #expect(try await c.call(.get, "/api/v1/dashboards/\(id)", token: admin).status == .notFound)
            #expect(try await c.call(.delete, "/api/v1/dashboards/\(id)", token: admin).status == .notFound)
        }
    }

    @Test("a deleted chart leaves a placeholder item in place")
    func deletedChart() async throws {
        try await TestServer().test(.live) { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let a = try await c.createChart("total revenue by product", source: source, token: admin)
            let b = try await c.createChart("total revenue by region", source: source, token: admin)
            let id = try await c.createDashboard("Sales", charts: [a, b], token: admin)
            #expect(try await c.call(.delete, "/api/v1/analytics/chart/\(a)", token: admin).status == .ok)
            let g = try await c.call(.get, "/api/v1/dashboards/\(id)", token: admin)
            #expect(g.status == .ok)
            let layout = try #require(g.data["layout"] as? [[String: Any]])
            #expect(layout.count == 2)
            #expect(layout[0]["chart_id"] as? String == a)
            #expect(layout[0]["status"] as? String == "chart_deleted")
            #expect(layout[0]["message"] as? String == "This chart was deleted.")
            #expect(layout[0]["chart_data"] == nil)
            #expect(layout[1]["status"] as? String == "ok")
            let page = try await c.call(.get, "/dashboards/\(id)", token: admin)
            #expect(page.status == .ok)
            #expect(page.body.contains("This chart was deleted."))
            // Saving the layout again with the deleted chart is refused, naming the item.
            let put = try await c.call(
                .put, "/api/v1/dashboards/\(id)", token: admin,
                json: ["layout": [["chart_id": a, "position": ["x": 0, "y": 0, "w": 6, "h": 4]]]])
            #expect(put.status == .unprocessableContent)
            #expect(
                put.error["details"] as? [String: String] == [
                    "layout[0].chart_id": "No chart with this id in your organization."
                ])
        }
    }

    @Test("users change only their own dashboards; viewers only read")
    func ownership() async throws {
        try await TestServer().test(.live) { c in
            let admin = try await c.adminToken()
            for (email, role) in [("u1@x.test", "user"), ("u2@x.test", "user"), ("v@x.test", "viewer")] {
                let r = try await c.call(
                    .post, "/api/v1/users", token: admin,
                    json: ["email": email, "password": "password-123", "role": role])
                try #require(r.status == .created, "\(r.body)")
            }
            let u1 = try await c.login("u1@x.test", "password-123").access
            let u2 = try await c.login("u2@x.test", "password-123").access
            let viewer = try await c.login("v@x.test", "password-123").access
            let id = try await c.createDashboard("Mine", charts: [], token: u1)
            let other = try await c.call(.put, "/api/v1/dashboards/\(id)", token: u2, json: ["name": "Theirs"])
            #expect(other.status == .forbidden)
            #expect(try await c.call(.delete, "/api/v1/dashboards/\(id)", token: u2).status == .forbidden)
            #expect(try await c.call(.get, "/api/v1/dashboards/\(id)", token: viewer).status == .ok)
            #expect(
                try await c.call(.put, "/api/v1/dashboards/\(id)", token: admin, json: ["name": "Ok"]).status == .ok)
        }
    }
}
