import Engine
import Foundation
import HTTPTypes
import Hummingbird
import Testing

@testable import Serve

/// Generated from the route table: every route with an id in its path, called by another
/// organization's administrator with a real id of the first organization, answers 404 exactly
/// like an unknown id and changes nothing.
@Suite("Tenant isolation across organizations")
struct CrossOrganizationTests {
    /// Everything in the metadata database except the API-call counters.
    static func snapshot(_ backend: Backend) async throws -> [String] {
        try await backend.metadata.read { db in
            var out: [String] = []
            for table in [
                "organizations", "users", "sessions", "refresh_tokens", "api_keys", "data_sources", "charts",
                "ai_results", "dashboards", "webhooks", "webhook_deliveries", "embed_generations",
            ] {
                let rows = try db.rows("SELECT * FROM \(Identifier.quote(table)) ORDER BY 1")
                out += rows.map { table + ": " + $0.map { $0.string ?? "NULL" }.joined(separator: "|") }
            }
            return out
        }
    }

    @Test("every route with an id answers 404 to another organization and changes nothing")
    func crossOrganization() async throws {
        let server = try await TestServer(configure: {
            $0.webhooks.allowPrivate = true
            $0.webhooks.runsWorker = false  // the queued ping stays as it is
        })
        let backend = server.backend
        // Every route with an id, the pages included (a member of another organization gets their 404 page).
        let routes = server.server.allRoutes.filter {
            guard !$0.captures.isEmpty, $0.access != .public_ else { return false }
            if case .embedToken = $0.access { return false }
            return true
        }
        // Embed routes answer an embed token for exactly their resource: another organization's
        // token, valid for its own chart or dashboard, gets the same 404 on this one.
        let embedRoutes = server.server.allRoutes.filter {
            if case .embedToken = $0.access { return true } else { return false }
        }
        #expect(embedRoutes.count == 4)
        #expect(routes.count >= 5)
        try await server.test { c in
            let platform = try await c.adminToken()
            let a = try await c.organization("Alpha", adminToken: platform)
            let b = try await c.organization("Beta", adminToken: platform)
            let key = try await c.call(.post, "/api/v1/api-keys", token: a.token, json: ["name": "alpha-key"])
            var ids: [String: String] = [
                "user_id": a.adminID, "organization_id": a.orgID,
                "key_id": try #require(key.data["key_id"] as? String),
                "data_source_id": try await c.uploadSales(token: a.token),
            ]
            ids["chart_id"] = try await c.createChart(
                "total revenue", source: try #require(ids["data_source_id"]), token: a.token)
            ids["dashboard_id"] = try await c.createDashboard(
                "Alpha board", charts: [try #require(ids["chart_id"])], token: a.token)
            for (kind, capture) in [(AIResultRecord.Kind.analysis, "analysis_id"), (.workflow, "workflow_id")] {
                let id = RandomToken.id(capture.replacingOccurrences(of: "id", with: ""))
                try await backend.aiResults.create(
                    AIResultRecord(
                        id: id, kind: kind, organizationID: a.orgID, userID: a.adminID,
                        dataSourceID: try #require(ids["data_source_id"]), json: "{}", createdAt: 0))
                ids[capture] = id
            }
            let hook = try await c.call(
                .post, "/api/v1/webhooks", token: a.token,
                json: ["name": "alpha", "url": "http://127.0.0.1:9/hook", "events": ["*"]])
            ids["webhook_id"] = try #require(hook.data["webhook_id"] as? String)
            let ping = try await c.call(.post, "/api/v1/webhooks/\(ids["webhook_id"] ?? "")/test", token: a.token)
            ids["delivery_id"] = try #require(ping.data["delivery_id"] as? String)
            let bodies: [String: Any] = [
                "updateUser": ["first_name": "Mallory", "role": "viewer", "status": "disabled"],
                "updateChart": ["title": "Mallory", "options": ["theme": "dark"]],
                "updateDashboard": ["name": "Mallory", "settings": ["public": true]],
                "updateOrganization": [
                    "name": "Mallory", "settings": ["embed": ["allowed_origins": ["https://evil.test"]]],
                ],
            ]
            let bSource = try await c.uploadSales(token: b.token)
            let bChart = try await c.createChart("total revenue", source: bSource, token: b.token)
            let bBoard = try await c.createDashboard("Beta board", charts: [bChart], token: b.token)
            let before = try await Self.snapshot(backend)
            for route in routes {
                var foreign = route.path, unknown = route.path
                for capture in route.captures {
                    let id = try #require(ids[capture], "no sample id for {\(capture)} in \(route.path)")
                    foreign = foreign.replacingOccurrences(of: "{\(capture)}", with: id)
                    unknown = unknown.replacingOccurrences(
                        of: "{\(capture)}", with: String(id.prefix(while: { $0 != "_" })) + "_doesnotexist00000000")
                }
                let body: Any? = route.body == nil ? nil : (bodies[route.operationID] ?? [String: Any]())
                let r = try await c.call(route.method, foreign, token: b.token, json: body)
                let u = try await c.call(route.method, unknown, token: b.token, json: body)
                #expect(r.status == .notFound, "\(route.key) answered \(r.status) to another organization")
                if route.isPage {
                    // A page's 404 is the same plain page for another organization's id and an unknown one.
                    #expect(r.body == u.body && r.body.contains("Not found"), "\(route.key) differs from unknown id")
                } else {
                    #expect(r.errorCode == "RESOURCE_NOT_FOUND")
                    #expect(
                        r.error["message"] as? String == u.error["message"] as? String,
                        "\(route.key) differs from unknown id")
                }
                #expect(u.status == .notFound)
            }
            for route in embedRoutes {
                let type = route.path.contains("/chart/") ? "chart" : "dashboard"
                let own = try await c.embedToken(type, type == "chart" ? bChart : bBoard, token: b.token)
                let token = try #require(own["token"] as? String)
                let capture = try #require(route.captures.first)
                let path = route.path.replacingOccurrences(of: "{\(capture)}", with: try #require(ids[capture]))
                let r = try await c.call(route.method, path + "?token=\(token)")
                #expect(r.status == .notFound, "\(route.key) answered \(r.status) to another organization's token")
            }
            #expect(try await Self.snapshot(backend) == before)
            // The objects are really there for their own organization.
            #expect(try await c.call(.get, "/api/v1/users/\(a.adminID)", token: a.token).status == .ok)
            #expect(try await c.call(.get, "/api/v1/organizations/\(a.orgID)", token: a.token).status == .ok)
        }
    }
}
