import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("Analytics charts")
struct ChartControllerTests {
    /// `labels` → first dataset's value.
    static func values(_ chartData: Any?) -> [String: Double] {
        guard let c = chartData as? [String: Any], let d = c["data"] as? [String: Any],
            let labels = d["labels"] as? [String], let sets = d["datasets"] as? [[String: Any]],
            let data = sets.first?["data"] as? [Double]
        else { return [:] }
        return Dictionary(zip(labels, data), uniquingKeysWith: { a, _ in a })
    }

    @Test("a question becomes a stored chart with computed values, insights and a page; charts_created counts it")
    func create() async throws {
        try await TestServer().test { c in
            let platform = try await c.adminToken()
            let org = try await c.organization("Acme", adminToken: platform)
            let source = try await c.uploadSales(token: org.token)
            let r = try await c.call(
                .post, "/api/v1/analytics/chart", token: org.token,
                json: [
                    "query": "total revenue by product", "data_source": source, "chart_type": "auto",
                    "options": ["theme": "dark", "interactive": true, "export_formats": ["png"]],
                ])
            #expect(r.status == .created, "\(r.body)")
            let id = try #require(r.data["chart_id"] as? String)
            #expect(id.hasPrefix("chart_") && id.count == 26)
            #expect(r.data["chart_url"] as? String == "/charts/\(id)")
            let chart = try #require(r.data["chart_data"] as? [String: Any])
            #expect(chart["type"] as? String == "bar")
            #expect(Self.values(chart) == ["Alpha": 290, "Beta": 80])
            #expect((chart["options"] as? [String: Any])?["theme"] as? String == "dark")
            let texts = try #require(r.data["insights"] as? [String])
            let details = try #require(r.data["insight_details"] as? [[String: Any]])
            #expect(details.map { $0["text"] as? String } == texts.map { Optional($0) })
            #expect(
                details.allSatisfy {
                    ($0["confidence"] as? Double).map { (0...1).contains($0) } == true && $0["kind"] is String
                })

            // Over time: three months 150, 100, 120; the insights name their numbers.
            let monthly = try await c.call(
                .post, "/api/v1/analytics/chart", token: org.token,
                json: ["query": "total revenue by month", "data_source": source])
            #expect(
                Self.values(monthly.data["chart_data"]) == ["2024-01": 150, "2024-02": 100, "2024-03": 120],
                "\(monthly.body)")
            let monthlyDetails = try #require(monthly.data["insight_details"] as? [[String: Any]])
            #expect(!monthlyDetails.isEmpty, "\(monthly.body)")
            let numbers = monthlyDetails.flatMap { (($0["values"] as? [String: Double]) ?? [:]).values }
            #expect(numbers.contains(150) || numbers.contains(100), "\(monthlyDetails)")
            #expect(Timestamp.parse(try #require(r.data["generated_at"] as? String)) != nil)

            let profile = try await c.call(.get, "/api/v1/users/\(org.adminID)", token: org.token)
            #expect((profile.data["statistics"] as? [String: Any])?["charts_created"] as? Int == 2)

            // Stored: the detail keeps the question, the options as sent and the chart.
            let g = try await c.call(.get, "/api/v1/analytics/chart/\(id)", token: org.token)
            #expect(g.status == .ok, "\(g.body)")
            #expect(g.data["query"] as? String == "total revenue by product")
            #expect(g.data["data_source_id"] as? String == source)
            #expect(g.data["chart_type"] as? String == "bar")
            #expect((g.data["options"] as? [String: Any])?["interactive"] as? Bool == true)
            #expect(Self.values(g.data["chart_data"]) == ["Alpha": 290, "Beta": 80])
            #expect(g.data["insights"] as? [String] == texts)
            #expect((g.data["insight_details"] as? [[String: Any]])?.count == details.count)

            // The page answers members of the organization (sharing rules: PageAccessTests).
            let page = try await c.call(.get, "/charts/\(id)", token: org.token)
            #expect(page.status == .ok)
            #expect(page.header("Content-Type") == "text/html; charset=utf-8")
            #expect(page.body.hasPrefix("<!doctype html>") && page.body.contains("<svg") && page.body.contains("Alpha"))
            #expect(
                try await c.call(.get, "/charts/chart_doesnotexist00000000", token: org.token).status == .notFound)
        }
    }

    @Test("with AISER_PUBLIC_URL set, chart_url is absolute under it in every answer, and the page is there")
    func publicURL() async throws {
        let server = try await TestServer { $0.publicURL = "https://aiser.example.com/bi" }
        try await server.test { c in
            let platform = try await c.adminToken()
            let org = try await c.organization("Acme", adminToken: platform)
            let source = try await c.uploadSales(token: org.token)
            let created = try await c.call(
                .post, "/api/v1/analytics/chart", token: org.token,
                json: ["query": "total revenue by product", "data_source": source])
            #expect(created.status == .created, "\(created.body)")
            let id = try #require(created.data["chart_id"] as? String)
            let url = "https://aiser.example.com/bi/charts/\(id)"
            #expect(created.data["chart_url"] as? String == url)
            let fetched = try await c.call(.get, "/api/v1/analytics/chart/\(id)", token: org.token)
            #expect(fetched.data["chart_url"] as? String == url)
            let updated = try await c.call(
                .put, "/api/v1/analytics/chart/\(id)", token: org.token, json: ["title": "Revenue"])
            #expect(updated.data["chart_url"] as? String == url)
            #expect(try await c.call(.get, "/charts/\(id)", token: org.token).status == .ok)
        }
    }

    @Test("data_source by name, forced chart type, a single number as kpi")
    func byNameAndForced() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            _ = try await c.uploadSales(token: admin)
            let pie = try await c.call(
                .post, "/api/v1/analytics/chart", token: admin,
                json: [
                    "query": "total revenue by region", "data_source": "sales_data", "chart_type": "pie",
                    "title": "Regions",
                ])
            #expect(pie.status == .created, "\(pie.body)")
            let chart = try #require(pie.data["chart_data"] as? [String: Any])
            #expect(chart["type"] as? String == "pie")
            #expect(Self.values(chart) == ["North": 250, "South": 120])
            #expect((chart["options"] as? [String: Any])?["title"] as? String == "Regions")
            let kpi = try await c.call(
                .post, "/api/v1/analytics/chart", token: admin,
                json: ["query": "average revenue", "data_source": "sales_data"])
            #expect(kpi.status == .created, "\(kpi.body)")
            #expect((kpi.data["chart_data"] as? [String: Any])?["type"] as? String == "kpi")
            #expect(Self.values(kpi.data["chart_data"]).values.first == 74)
        }
    }

    @Test("refused questions, unknown or foreign sources, bad fields and viewers answer the API's errors")
    func errors() async throws {
        try await TestServer().test { c in
            let platform = try await c.adminToken()
            let a = try await c.organization("Alpha", adminToken: platform)
            let b = try await c.organization("Beta", adminToken: platform)
            let source = try await c.uploadSales(token: a.token)
            func post(_ body: [String: Any], _ token: String) async throws -> Client.Answer {
                try await c.call(.post, "/api/v1/analytics/chart", token: token, json: body)
            }
            let refused = try await post(["query": "why is the sky blue", "data_source": source], a.token)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.errorCode == "VALIDATION_ERROR")
            let details = try #require(refused.error["details"] as? [String: String])
            #expect(!(details["query"] ?? "").isEmpty, "\(refused.body)")

            let foreign = try await post(["query": "total revenue", "data_source": source], b.token)
            #expect(foreign.status == .notFound && foreign.errorCode == "RESOURCE_NOT_FOUND")
            #expect(
                try await post(["query": "total revenue", "data_source": "sales_data"], b.token).status == .notFound)
            #expect(try await post(["query": "total revenue", "data_source": "nope"], a.token).status == .notFound)

            let badType = try await post(
                ["query": "total revenue", "data_source": source, "chart_type": "radar"], a.token)
            #expect(
                badType.status == .unprocessableContent
                    && (badType.error["details"] as? [String: String])?["chart_type"] != nil)
            let missing = try await post(["data_source": source], a.token)
            #expect(
                missing.status == .unprocessableContent
                    && (missing.error["details"] as? [String: String])?["query"] != nil)
            let blank = try await post(["query": "   ", "data_source": source], a.token)
            #expect(blank.status == .unprocessableContent)
            let badOption = try await post(
                ["query": "total revenue", "data_source": source, "options": ["stacked": "yes"]], a.token)
            #expect(
                badOption.status == .unprocessableContent
                    && (badOption.error["details"] as? [String: String])?["options.stacked"] != nil, "\(badOption.body)"
            )
            #expect(
                try await c.call(
                    .post, "/api/v1/analytics/chart", json: ["query": "total revenue", "data_source": source]
                ).status == .unauthorized)

            _ = try await c.call(
                .post, "/api/v1/users", token: a.token,
                json: ["email": "v@alpha.test", "password": "viewer-pass", "role": "viewer"])
            let viewer = try await c.login("v@alpha.test", "viewer-pass").access
            let denied = try await post(["query": "total revenue", "data_source": source], viewer)
            #expect(denied.status == .forbidden && denied.errorCode == "PERMISSION_DENIED")
            // Nothing was stored by the failures.
            let list = try await c.call(.get, "/api/v1/analytics/charts", token: a.token)
            #expect((list.data["pagination"] as? [String: Int])?["total"] == 0)
            // Free-form options are kept as sent, even a number next to the largest double
            // (once rounded to an infinity the encoder refused: a 500 found by schemathesis).
            let huge = try await post(
                [
                    "query": "total revenue", "data_source": source,
                    "options": ["extra": [-1.7976931348623155e308, 1.7976931348623155e308]],
                ], a.token)
            #expect(huge.status == .created, "\(huge.body)")
        }
    }
}

@Suite("Analytics charts: every forced type renders")
struct ForcedChartTypeTests {
    @Test(
        "each chart type forced on a category, a time and a single-number answer renders its page",
        arguments: [
            "bar", "line", "area", "pie", "donut", "scatter", "bubble", "histogram", "heatmap", "kpi", "table", "combo",
            "forecast",
        ])
    func forced(_ type: String) async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            for question in [
                "total revenue by product and region", "total revenue by month", "average revenue",
                "revenue versus revenue",
            ] {
                let r = try await c.call(
                    .post, "/api/v1/analytics/chart", token: admin,
                    json: ["query": question, "data_source": source, "chart_type": type])
                guard r.status == .created else {
                    #expect(r.status == .unprocessableContent, "\(question) as \(type): \(r.body)")
                    continue
                }
                #expect((r.data["chart_data"] as? [String: Any])?["type"] as? String == type)
                let id = try #require(r.data["chart_id"] as? String)
                let page = try await c.call(.get, "/charts/\(id)", token: admin)
                #expect(page.status == .ok && page.body.contains("</html>"), "\(question) as \(type)")
            }
        }
    }
}
