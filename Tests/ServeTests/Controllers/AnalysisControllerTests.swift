import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("AI intelligent analysis")
struct AnalysisControllerTests {
    /// 40 rows: revenue = 3 × marketing + (i mod 4); price varies independently.
    static let rows: [(marketing: Double, price: Double, revenue: Double, region: String)] = (0..<40).map { i in
        let marketing = Double(10 + (i * 7) % 23)
        return (marketing, Double(5 + (i * 5) % 11), 3 * marketing + Double(i % 4), i % 2 == 0 ? "North" : "South")
    }

    static var csv: String {
        "marketing_spend,price,revenue,region\n"
            + rows.map { "\(Int($0.marketing)),\(Int($0.price)),\(Int($0.revenue)),\($0.region)" }.joined(
                separator: "\n") + "\n"
    }

    /// Pearson's r, computed here independently of the engine.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        return sxy / (sxx * syy).squareRoot()
    }

    @Test("the question's measure is explained by its drivers, stored and readable by id")
    func analyze() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let up = try await c.upload(
                "drivers.csv", Self.csv, token: admin, fields: [("data_source_name", "drivers")])
            let source = try #require(up.data["data_source_id"] as? String)
            let r = try await c.call(
                .post, "/api/v1/ai/intelligent-analysis", token: admin,
                json: [
                    "query": "What are the key drivers of our revenue?", "data_source": "drivers",
                    "analysis_type": "auto",
                    "options": ["include_insights": true, "include_recommendations": false],
                ])
            #expect(r.status == .created, "\(r.body)")
            let id = try #require(r.data["analysis_id"] as? String)
            #expect(id.hasPrefix("analysis_"))
            #expect(r.data["target"] as? String == "revenue" && r.data["data_source_id"] as? String == source)
            #expect(r.data["rows"] as? Int == 40)
            let results = try #require(r.data["results"] as? [String: Any])
            let drivers = try #require(results["primary_drivers"] as? [[String: Any]])
            let top = try #require(drivers.first)
            #expect(top["factor"] as? String == "marketing_spend")
            let expected = Self.pearson(Self.rows.map(\.marketing), Self.rows.map(\.revenue))
            #expect(abs((top["correlation"] as? Double ?? 0) - expected) < 1e-4)
            #expect(top["impact"] as? String == "High")
            #expect(results["insights"] is [String])
            #expect(results["recommendations"] == nil)

            // A threshold above every confidence leaves no driver; the stored answer is served as is.
            let strict = try await c.call(
                .post, "/api/v1/ai/intelligent-analysis", token: admin,
                json: [
                    "query": "drivers", "data_source": source, "target": "revenue",
                    "options": ["confidence_threshold": 1],
                ])
            #expect(strict.status == .created, "\(strict.body)")
            let none = (strict.data["results"] as? [String: Any])?["primary_drivers"] as? [[String: Any]]
            #expect(none?.allSatisfy { ($0["confidence"] as? Double ?? 0) >= 1 } == true)
            let g = try await c.call(.get, "/api/v1/ai/intelligent-analysis/\(id)", token: admin)
            #expect(g.status == .ok)
            #expect(g.data["analysis_id"] as? String == id)
            #expect(
                ((g.data["results"] as? [String: Any])?["primary_drivers"] as? [[String: Any]])?.first?["factor"]
                    as? String == "marketing_spend")
            #expect(
                try await c.call(.get, "/api/v1/ai/intelligent-analysis/analysis_doesnotexist00000000", token: admin)
                    .status == .notFound)
        }
    }

    @Test("auto compares the question's measure across the named groups, with each group's mean")
    func comparison() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            _ = try await c.upload("drivers.csv", Self.csv, token: admin, fields: [("data_source_name", "drivers")])
            let r = try await c.call(
                .post, "/api/v1/ai/intelligent-analysis", token: admin,
                json: ["query": "Compare revenue across regions", "data_source": "drivers"])
            #expect(r.status == .created, "\(r.body)")
            #expect(r.data["analysis_type"] as? String == "comparison")
            let results = try #require(r.data["results"] as? [String: Any])
            let output = try #require(results["output"] as? [String: Any])
            #expect(output["factor"] as? String == "region")
            let groups = try #require(output["groups"] as? [[String: Any]])
            for name in ["North", "South"] {
                let values = Self.rows.filter { $0.region == name }.map(\.revenue)
                let mean = values.reduce(0, +) / Double(values.count)
                let group = try #require(groups.first { $0["name"] as? String == name })
                #expect(abs((group["mean"] as? Double ?? 0) - mean) < 1e-9)
                #expect(group["count"] as? Int == 20)
            }
            #expect((results["insights"] as? [String])?.first?.contains("revenue is highest for region") == true)
            #expect((results["recommendations"] as? [String])?.isEmpty == false)
        }
    }

    @Test(
        "unsupported types, unknown targets, unreadable questions, missing sources and viewers answer the API's errors")
    func errors() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            _ = try await c.upload("drivers.csv", Self.csv, token: admin, fields: [("data_source_name", "drivers")])
            func post(_ body: [String: Any], token: String? = nil) async throws -> Client.Answer {
                try await c.call(.post, "/api/v1/ai/intelligent-analysis", token: token ?? admin, json: body)
            }
            func field(_ r: Client.Answer) -> String? { (r.error["details"] as? [String: String])?.keys.first }
            let forecast = try await post(["query": "revenue", "data_source": "drivers", "analysis_type": "magic"])
            #expect(forecast.status == .unprocessableContent && field(forecast) == "analysis_type")
            let target = try await post(["query": "revenue", "data_source": "drivers", "target": "region"])
            #expect(target.status == .unprocessableContent && field(target) == "target")
            let vague = try await post(["query": "what matters most?", "data_source": "drivers"])
            #expect(vague.status == .unprocessableContent && field(vague) == "query", "\(vague.body)")
            let threshold = try await post([
                "query": "revenue", "data_source": "drivers", "options": ["confidence_threshold": 2],
            ])
            #expect(threshold.status == .unprocessableContent && field(threshold) == "options.confidence_threshold")
            #expect(try await post(["query": "revenue", "data_source": "nope"]).status == .notFound)
            #expect(try await post(["data_source": "drivers"]).status == .unprocessableContent)
            _ = try await c.call(
                .post, "/api/v1/users", token: admin,
                json: ["email": "v@example.com", "password": "viewer-pass", "role": "viewer"])
            let viewer = try await c.login("v@example.com", "viewer-pass").access
            #expect(try await post(["query": "revenue", "data_source": "drivers"], token: viewer).status == .forbidden)
        }
    }
}

@Suite("AI intelligent analysis over time")
struct SeriesAnalysisTests {
    /// 12 months of sales rising by exactly 10 a month, except a spike of 500 in July.
    static let csv =
        "month,sales\n"
        + (1...12).map { m in
            String(format: "2024-%02d-01,%d", m, m == 7 ? 500 : 10 * m)
        }.joined(separator: "\n") + "\n"

    @Test("trend, anomalies and forecast run over the date column and are stored")
    func series() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            _ = try await c.upload("monthly.csv", Self.csv, token: admin, fields: [("data_source_name", "monthly")])
            func analyse(_ type: String) async throws -> [String: Any] {
                let r = try await c.call(
                    .post, "/api/v1/ai/intelligent-analysis", token: admin,
                    json: ["query": "how do sales develop", "data_source": "monthly", "analysis_type": type])
                #expect(r.status == .created, "\(type): \(r.body)")
                #expect(r.data["target"] as? String == "sales")
                return r.data
            }
            let anomalies = try await analyse("anomalies")
            #expect(anomalies["analysis_type"] as? String == "anomaly_detection")
            let found = try #require((anomalies["results"] as? [String: Any])?["output"] as? [String: Any])
            #expect((found["anomalies"] as? [[String: Any]])?.map { $0["value"] as? Double } == [500])
            #expect(((anomalies["results"] as? [String: Any])?["insights"] as? [String])?.count == 1)

            let trend = try await analyse("trend")
            #expect(trend["analysis_type"] as? String == "trend_analysis")
            let fit = try #require((trend["results"] as? [String: Any])?["output"] as? [String: Any])
            // Least squares by hand over x = 0…11: the July spike adds (500 − 70) × (6 − 5.5) / 143 to the slope of 10.
            let slope = 10 + 430 * 0.5 / 143
            #expect(abs((fit["slope"] as? Double ?? 0) - slope) < 1e-9)
            let id = try #require(trend["analysis_id"] as? String)
            let g = try await c.call(.get, "/api/v1/ai/intelligent-analysis/\(id)", token: admin)
            #expect(g.status == .ok && g.data["analysis_type"] as? String == "trend_analysis")

            let forecast = try await analyse("forecast")
            #expect(forecast["analysis_type"] as? String == "forecasting")
            let f = try #require((forecast["results"] as? [String: Any])?["output"] as? [String: Any])
            #expect((f["forecast"] as? [Any])?.count == 12)

            // No date column: the series analyses answer 422.
            _ = try await c.upload(
                "flat.csv", "a,b\n1,2\n3,4\n5,7\n", token: admin, fields: [("data_source_name", "flat")])
            let flat = try await c.call(
                .post, "/api/v1/ai/intelligent-analysis", token: admin,
                json: ["query": "b", "data_source": "flat", "analysis_type": "trend", "target": "b"])
            #expect(flat.status == .unprocessableContent, "\(flat.body)")
        }
    }
}
