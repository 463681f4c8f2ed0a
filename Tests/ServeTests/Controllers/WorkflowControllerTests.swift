import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("AI workflows")
struct WorkflowControllerTests {
    static let monthly =
        "month,sales\n2024-01-01,10\n2024-02-01,20\n2024-03-01,30\n2024-04-01,40\n2024-05-01,50\n2024-06-01,60\n"

    static func steps(window: Any = 3) -> [[String: Any]] {
        [
            [
                "step": 1, "type": "data_preparation",
                "parameters": ["data_source": "monthly_sales", "cleaning_rules": ["fill_missing"]],
            ],
            ["step": 2, "type": "trend_analysis", "parameters": ["method": "moving_average", "window_size": window]],
        ]
    }

    @Test("a workflow runs over the named source, is stored and readable by id")
    func run() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            _ = try await c.upload(
                "monthly.csv", Self.monthly, token: admin, fields: [("data_source_name", "monthly_sales")])
            let r = try await c.call(
                .post, "/api/v1/ai/workflow", token: admin,
                json: ["workflow_name": "sales_trend", "steps": Self.steps()])
            #expect(r.status == .created, "\(r.body)")
            let id = try #require(r.data["workflow_id"] as? String)
            #expect(id.hasPrefix("workflow_"))
            #expect(r.data["workflow_name"] as? String == "sales_trend" && r.data["status"] as? String == "completed")
            let steps = try #require(r.data["steps"] as? [[String: Any]])
            #expect(steps.count == 2)
            let trend = try #require(steps.last?["output"] as? [String: Any])
            let values = try #require(trend["values"] as? [[String: Any]])
            #expect(values.map { $0["value"] as? Double } == [nil, nil, 20, 30, 40, 50])
            let g = try await c.call(.get, "/api/v1/ai/workflow/\(id)", token: admin)
            #expect(g.status == .ok && g.data["workflow_id"] as? String == id)
            #expect(
                ((g.data["steps"] as? [[String: Any]])?.last?["output"] as? [String: Any])?["values"]
                    as? [[String: Any]] != nil)
            #expect(
                try await c.call(.get, "/api/v1/ai/workflow/workflow_doesnotexist00000000", token: admin).status
                    == .notFound)
        }
    }

    @Test("invalid steps answer 422 naming the step and the field; missing sources 404")
    func errors() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            _ = try await c.upload(
                "monthly.csv", Self.monthly, token: admin, fields: [("data_source_name", "monthly_sales")])
            func post(_ body: [String: Any]) async throws -> Client.Answer {
                try await c.call(.post, "/api/v1/ai/workflow", token: admin, json: body)
            }
            let bad = try await post(["steps": Self.steps(window: "three")])
            #expect(bad.status == .unprocessableContent)
            let details = try #require(bad.error["details"] as? [String: String])
            let message = try #require(details["steps[1].parameters.window_size"], "\(bad.body)")
            #expect(message.contains("step 2 (trend_analysis)") && message.contains("window_size"))
            var unknown = Self.steps()
            unknown[1]["type"] = "magic"
            let u = try await post(["steps": unknown])
            #expect(
                u.status == .unprocessableContent && (u.error["details"] as? [String: String])?["steps[1]"] != nil,
                "\(u.body)")
            #expect(try await post(["steps": []]).status == .unprocessableContent)
            let noSource = try await post(["steps": [["type": "trend_analysis"]]])
            #expect(
                noSource.status == .unprocessableContent
                    && (noSource.error["details"] as? [String: String])?["data_source"] != nil)
            #expect(try await post(["data_source": "nope", "steps": [["type": "trend_analysis"]]]).status == .notFound)
            #expect(try await post(["steps": [["parameters": [:]]]]).status == .unprocessableContent)
            let badOption = try await post(["steps": Self.steps(), "options": ["turbo": true]])
            #expect(
                badOption.status == .unprocessableContent
                    && (badOption.error["details"] as? [String: String])?["options.turbo"] != nil, "\(badOption.body)")
            let parallel = try await post([
                "steps": Self.steps(), "options": ["parallel_execution": true, "save_intermediate_results": false],
            ])
            #expect(parallel.status == .created, "\(parallel.body)")
            #expect((parallel.data["steps"] as? [Any])?.isEmpty == true)
            #expect(parallel.data["result"] != nil)
        }
    }
}
