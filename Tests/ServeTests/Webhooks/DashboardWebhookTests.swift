import Foundation
import HTTPTypes
import Testing

@testable import Serve

/// Dashboard events reach a real receiver, queued in the dashboard write transactions.
@Suite("Webhook delivery: dashboard events")
struct DashboardWebhookTests {
    @Test("creating, changing and deleting a dashboard sends dashboard.created, .updated and .deleted")
    func dashboardEvents() async throws {
        let server = try await TestServer(configure: WebhookDeliveryTests.settings)
        let receiver = WebhookReceiver()
        try await receiver.run { port in
            try await server.test { c in
                let hook = try await WebhookDeliveryTests.setUp(
                    c, port: port, events: ["dashboard.created", "dashboard.updated", "dashboard.deleted"])
                let id = try await c.createDashboard("Board", charts: [], token: hook.token)
                let put = try await c.call(
                    .put, "/api/v1/dashboards/\(id)", token: hook.token, json: ["name": "Renamed"])
                #expect(put.status == .ok, "\(put.body)")
                let refused = try await c.call(.put, "/api/v1/dashboards/\(id)", token: hook.token, json: ["name": ""])
                #expect(refused.status == .unprocessableContent)
                let gone = try await c.call(.delete, "/api/v1/dashboards/\(id)", token: hook.token)
                #expect(gone.status == .ok)
                try await server.backend.webhookDispatcher.deliverDue()
                let got = receiver.received
                #expect(got.allSatisfy { WebhookDeliveryTests.verify($0, secret: hook.secret) })
                let payloads = got.compactMap {
                    try? JSONSerialization.jsonObject(with: Data($0.body.utf8)) as? [String: Any]
                }
                let events = payloads.compactMap { $0["event"] as? String }
                #expect(Set(events) == ["dashboard.created", "dashboard.updated", "dashboard.deleted"])
                #expect(events.count == 3)
                #expect(payloads.allSatisfy { ($0["data"] as? [String: Any])?["dashboard_id"] as? String == id })
                let renamed = payloads.first { $0["event"] as? String == "dashboard.updated" }
                #expect((renamed?["data"] as? [String: Any])?["name"] as? String == "Renamed")
            }
        }
    }
}
