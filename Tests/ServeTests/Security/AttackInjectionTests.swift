import Foundation
import HTTPTypes
import Testing

@testable import Serve

/// Issue 17's injection corpus, generated from the route table: every attack string in every text
/// query parameter, every text property of every JSON body and every path id of every route,
/// sent by one organization's administrator. No answer may be a 5xx, none may carry another
/// organization's data or a password hash, and afterwards every table and every object is still
/// there.
@Suite("Attack battery: SQL injection corpus over every route")
struct AttackInjectionTests {
    /// A word only the victim organization's objects contain.
    static let marker = "Zq9Victim"

    /// Routes the probe leaves out: logout ends the probing session, deletes and revokes would
    /// remove the objects later routes need, uploads are multipart (probed separately below).
    static func probed(_ route: Route) -> Bool {
        route.method != .delete && route.operationID != "logout" && route.body?.contentType != "multipart/form-data"
            && route.path != "/healthz" && route.path != "/readyz"
    }

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    @Test("no 5xx, no other organization's data, nothing dropped, whatever the text")
    func corpus() async throws {
        let server = try await TestServer(configure: { $0.webhooks.allowPrivate = true })
        let routes = server.server.allRoutes.filter(Self.probed)
        try await server.test { c in
            let platform = try await c.adminToken()
            let a = try await c.organization("Alpha", adminToken: platform)
            let victim = try await c.organization(Self.marker, adminToken: platform)
            let victimCSV = "date,product,region,revenue\n2024-01-05,\(Self.marker)-widget,North,100\n"
            let victimUpload = try await c.upload(
                "victim.csv", victimCSV, token: victim.token, fields: [("data_source_name", "victim_data")])
            let victimSource = try #require(victimUpload.data["data_source_id"] as? String)
            let victimChart = try await c.createChart(
                "total revenue by product", source: victimSource, token: victim.token,
                extra: ["title": "\(Self.marker) secret chart"])
            let member = try await c.call(
                .post, "/api/v1/users", token: a.token,
                json: ["email": "member@alpha.test", "password": "password-member-1", "role": "user"])
            let source = try await c.uploadSales(token: a.token)
            let chart = try await c.createChart("total revenue by product", source: source, token: a.token)
            let dashboard = try await c.createDashboard("Alpha board", charts: [chart], token: a.token)
            let key = try await c.call(.post, "/api/v1/api-keys", token: a.token, json: ["name": "probe"])
            let hook = try await c.call(
                .post, "/api/v1/webhooks", token: a.token,
                json: ["name": "probe", "url": "http://127.0.0.1:9/hook", "events": ["*"]])
            let analysis = try await c.call(
                .post, "/api/v1/ai/intelligent-analysis", token: a.token, json: ["data_source": source])
            var ids: [String: Any] = [
                "user_id": try #require(member.data["user_id"] as? String), "organization_id": a.orgID,
                "key_id": try #require(key.data["key_id"] as? String), "data_source_id": source,
                "data_source": source, "chart_id": chart, "charts": [chart], "dashboard_id": dashboard,
                "webhook_id": try #require(hook.data["webhook_id"] as? String),
                "analysis_id": analysis.data["analysis_id"] as? String ?? "analysis_none",
            ]
            let ping = try await c.call(.post, "/api/v1/webhooks/\(ids["webhook_id"] ?? "")/test", token: a.token)
            ids["delivery_id"] = ping.data["delivery_id"] as? String ?? "delivery_none"
            ids["workflow_id"] = "workflow_none"
            let samples = SampleBody(ids: ids)
            var sent = 0
            var problems: [String] = []
            func check(_ r: Client.Answer, _ what: String) {
                sent += 1
                if r.status.code >= 500 { problems.append("\(what): \(r.status.code) \(r.body.prefix(200))") }
                if r.body.contains(Self.marker) { problems.append("\(what): another organization's data") }
                if r.body.contains("$2b$") || r.body.contains("$2a$") { problems.append("\(what): a password hash") }
            }
            for route in routes {
                let token = route.access == .refreshToken ? nil : a.token
                var path = route.path
                for capture in route.captures {
                    path = path.replacingOccurrences(of: "{\(capture)}", with: "\(ids[capture] ?? "")")
                }
                let baseBody = route.body.map { samples.value($0.schema, name: "") }
                for attack in AttackStrings.sql {
                    for capture in route.captures {
                        let hostile = route.path.replacingOccurrences(
                            of: "{\(capture)}", with: Self.percentEncoded(attack))
                        var concrete = hostile
                        for other in route.captures where other != capture {
                            concrete = concrete.replacingOccurrences(of: "{\(other)}", with: "\(ids[other] ?? "")")
                        }
                        check(
                            try await c.call(route.method, concrete, token: token, json: baseBody),
                            "\(route.key) {\(capture)}")
                    }
                    for parameter in route.query {
                        guard case .string = SampleBody.resolve(parameter.schema) else { continue }
                        let uri = path + "?\(parameter.name)=\(Self.percentEncoded(attack))"
                        check(
                            try await c.call(route.method, uri, token: token, json: baseBody),
                            "\(route.key) ?\(parameter.name)")
                    }
                    guard let body = route.body else { continue }
                    for field in SampleBody.textPaths(body.schema) {
                        let json = samples.body(body.schema, setting: field, to: attack)
                        check(
                            try await c.call(route.method, path, token: token, json: json),
                            "\(route.key) \(field.joined(separator: "."))")
                    }
                }
            }
            for attack in AttackStrings.sql {
                let r = try await c.upload(
                    "sales.csv", Client.salesCSV, token: a.token, fields: [("data_source_name", attack)])
                check(r, "upload data_source_name")
            }
            #expect(problems.isEmpty, "\(problems.count) of \(sent) answers went wrong: \(problems.prefix(20))")
            #expect(sent > 500, "only \(sent) probes were sent")
            // Nothing was dropped or deleted: both organizations' objects answer as before.
            #expect(try await c.call(.get, "/api/v1/data/sources/\(source)/schema", token: a.token).status == .ok)
            #expect(try await c.call(.get, "/api/v1/analytics/chart/\(chart)", token: a.token).status == .ok)
            #expect(try await c.call(.get, "/api/v1/dashboards/\(dashboard)", token: a.token).status == .ok)
            #expect(
                try await c.call(.get, "/api/v1/data/sources/\(victimSource)/schema", token: victim.token).status == .ok
            )
            let victimView = try await c.call(.get, "/api/v1/analytics/chart/\(victimChart)", token: victim.token)
            #expect(victimView.status == .ok && victimView.body.contains(Self.marker))
            let users = try await c.call(.get, "/api/v1/users", token: platform)
            #expect(users.status == .ok && users.body.contains("member@alpha.test"))
            #expect(!FileManager.default.fileExists(atPath: "/tmp/aiser-injected.db"))
        }
    }
}
