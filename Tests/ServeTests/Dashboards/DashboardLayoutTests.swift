import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

@Suite("Dashboard layout validation on the 12-column grid")
struct DashboardLayoutTests {
    /// A layout item of `chart` at `position`.
    static func item(_ chart: String, _ position: [String: Any]) -> [String: Any] {
        ["chart_id": chart, "position": position]
    }

    @Test("each violation is a 422 naming the item index and the field")
    func violations() async throws {
        try await TestServer().test(.live) { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let chart = try await c.createChart("total revenue by product", source: source, token: admin)
            let ok: [String: Any] = ["x": 0, "y": 0, "w": 6, "h": 4]
            let cases: [([Any], [String: String])] = [
                (
                    [Self.item(chart, ok), Self.item(chart, ["x": 8, "y": 0, "w": 6, "h": 4])],
                    ["layout[1].position.w": "x + w must be at most 12 (the grid has 12 columns)."]
                ),
                (
                    [Self.item(chart, ok), Self.item(chart, ["x": 5, "y": 3, "w": 2, "h": 2])],
                    ["layout[1].position": "Overlaps item 0."]
                ),
                (
                    [Self.item(chart, ["x": 0, "y": 0, "w": 0, "h": 4])],
                    ["layout[0].position.w": "A whole number from 1 to 12."]
                ),
                (
                    [Self.item(chart, ["x": 0, "y": 0, "w": 2, "h": 0])],
                    ["layout[0].position.h": "A whole number from 1 to 100."]
                ),
                (
                    [Self.item(chart, ["x": 1.5, "y": 0, "w": 2, "h": 1])],
                    ["layout[0].position.x": "A whole number from 0 to 11."]
                ),
                (
                    [Self.item(chart, ["x": -1, "y": 0, "w": 2, "h": 1])],
                    ["layout[0].position.x": "A whole number from 0 to 11."]
                ),
                (
                    [Self.item(chart, ["x": 0, "y": "1", "w": 2, "h": 1])],
                    ["layout[0].position.y": "A whole number from 0 to 10000."]
                ),
                ([["position": ok]], ["layout[0].chart_id": "A chart id is required."]),
                ([["chart_id": chart]], ["layout[0].position": "Expected an object with x, y, w and h."]),
                (["text"], ["layout[0]": "Expected an object with chart_id and position."]),
                (
                    [Self.item("chart_doesnotexist00000000", ok)],
                    ["layout[0].chart_id": "No chart with this id in your organization."]
                ),
            ]
            for (layout, details) in cases {
                let r = try await c.call(
                    .post, "/api/v1/dashboards", token: admin, json: ["name": "D", "layout": layout])
                #expect(r.status == .unprocessableContent, "\(layout) answered \(r.status)")
                #expect(r.errorCode == "VALIDATION_ERROR")
                #expect(r.error["details"] as? [String: String] == details, "\(r.body)")
            }
            // 3.0 is a whole number; touching edges is not overlapping; 101 items are too many.
            let fine = try await c.call(
                .post, "/api/v1/dashboards", token: admin,
                json: [
                    "name": "D",
                    "layout": [
                        Self.item(chart, ["x": 0, "y": 0, "w": 6, "h": 4]),
                        Self.item(chart, ["x": 6.0, "y": 0, "w": 6, "h": 4]),
                        Self.item(chart, ["x": 0, "y": 4, "w": 12, "h": 1]),
                    ],
                ])
            #expect(fine.status == .created, "\(fine.body)")
            let many = (0..<101).map { Self.item(chart, ["x": 0, "y": $0, "w": 1, "h": 1]) }
            let r = try await c.call(.post, "/api/v1/dashboards", token: admin, json: ["name": "D", "layout": many])
            #expect(r.error["details"] as? [String: String] == ["layout": "At most 100 items."])
            let hundred = Array(many.prefix(100))
            #expect(
                try await c.call(.post, "/api/v1/dashboards", token: admin, json: ["name": "D", "layout": hundred])
                    .status == .created)
        }
    }

    @Test("name, description and settings are checked")
    func fields() async throws {
        try await TestServer().test(.live) { c in
            let admin = try await c.adminToken()
            let cases: [([String: Any], String)] = [
                ([:], "name"),
                (["name": ""], "name"),
                (["name": String(repeating: "n", count: 201)], "name"),
                (["name": "D", "description": String(repeating: "d", count: 2001)], "description"),
                (["name": "D", "settings": ["theme": "neon"]], "settings.theme"),
                (["name": "D", "settings": ["refresh_interval": 5]], "settings.refresh_interval"),
                (["name": "D", "settings": ["auto_refresh": "yes"]], "settings.auto_refresh"),
                (["name": "D", "settings": ["public": 1]], "settings.public"),
                (["name": "D", "layout": "grid"], "layout"),
            ]
            for (body, field) in cases {
                let r = try await c.call(.post, "/api/v1/dashboards", token: admin, json: body)
                #expect(r.status == .unprocessableContent, "\(body) answered \(r.status)")
                #expect((r.error["details"] as? [String: String])?.keys.sorted() == [field], "\(r.body)")
            }
        }
    }

    @Test("a chart of another organization is refused like an unknown one")
    func foreignChart() async throws {
        try await TestServer().test(.live) { c in
            let platform = try await c.adminToken()
            let a = try await c.organization("Alpha", adminToken: platform)
            let b = try await c.organization("Beta", adminToken: platform)
            let source = try await c.uploadSales(token: a.token)
            let chart = try await c.createChart("total revenue", source: source, token: a.token)
            let r = try await c.call(
                .post, "/api/v1/dashboards", token: b.token,
                json: ["name": "D", "layout": [Self.item(chart, ["x": 0, "y": 0, "w": 4, "h": 4])]])
            #expect(r.status == .unprocessableContent)
            #expect(
                r.error["details"] as? [String: String] == [
                    "layout[0].chart_id": "No chart with this id in your organization."
                ])
        }
    }
}
