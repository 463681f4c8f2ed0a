import Foundation
import HTTPTypes
import Testing

extension Client {
    /// Creates a dashboard of `charts` side by side (6 columns each, two per row); answers its id.
    func createDashboard(_ name: String, charts: [String], token: String, extra: [String: Any] = [:]) async throws
        -> String
    {
        let layout: [[String: Any]] = charts.enumerated().map { i, id in
            ["chart_id": id, "position": ["x": (i % 2) * 6, "y": (i / 2) * 4, "w": 6, "h": 4]]
        }
        var body: [String: Any] = ["name": name, "layout": layout]
        body.merge(extra) { _, b in b }
        let r = try await call(.post, "/api/v1/dashboards", token: token, json: body)
        try #require(r.status == .created, "\(r.body)")
        return try #require(r.data["dashboard_id"] as? String)
    }
}
