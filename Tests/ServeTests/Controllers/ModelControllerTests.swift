import Engine
import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("AI models")
struct ModelControllerTests {
    @Test("the offline engine with cost 0, the measured dev-set accuracy and the server's own mean answer time")
    func models() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            func model() async throws -> [String: Any] {
                let r = try await c.call(.get, "/api/v1/ai/models", token: admin)
                #expect(r.status == .ok, "\(r.body)")
                let models = try #require(r.data["available_models"] as? [[String: Any]])
                #expect(models.count == 1)
                return try #require(models.first)
            }
            let before = try await model()
            #expect(before["model_id"] as? String == "aiser-offline-nl")
            #expect(
                before["capabilities"] as? [String] == [
                    "query_understanding", "chart_generation", "insight_generation",
                ])
            let metrics = try #require(before["performance_metrics"] as? [String: Any])
            #expect(metrics["cost_per_request"] as? Double == 0)
            let measured = Asker.heldOutAccuracy
            #expect(metrics["accuracy"] as? Double == (measured.fraction * 10_000).rounded() / 10_000)
            #expect(metrics["response_time"] is NSNull && metrics["measured_requests"] as? Int == 0)

            let source = try await c.uploadSales(token: admin)
            _ = try await c.createChart("total revenue by product", source: source, token: admin)
            _ = try await c.call(
                .post, "/api/v1/analytics/chart", token: admin,
                json: ["query": "why is the sky blue", "data_source": source])
            let after = try #require(try await model()["performance_metrics"] as? [String: Any])
            #expect(after["measured_requests"] as? Int == 1)
            let mean = try #require(after["response_time"] as? Double)
            #expect(mean > 0 && mean < 60)
            #expect(try await c.call(.get, "/api/v1/ai/models").status == .unauthorized)
        }
    }
}
