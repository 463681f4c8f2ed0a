import Foundation
import HTTPTypes
import Testing

@testable import Serve

/// The OpenAPI document and the server agree on the cases schemathesis found them apart
/// (issue 17, finding 7): what the document allows the server accepts, what it refuses the
/// document says.
@Suite("OpenAPI document and server agree")
struct SpecAgreementTests {
    func schema(_ c: Client, _ name: String) async throws -> [String: Any] {
        let doc = try await c.call(.get, "/api/v1/openapi.json")
        let schemas = (doc.json["components"] as? [String: Any])?["schemas"] as? [String: Any]
        return try #require(schemas?[name] as? [String: Any], "\(name)")
    }

    func properties(_ schema: [String: Any]) -> [String: Any] { schema["properties"] as? [String: Any] ?? [:] }

    /// The schema under `anyOf: [x, null]`, or the schema itself.
    func nonNull(_ schema: Any?) -> [String: Any] {
        let s = schema as? [String: Any] ?? [:]
        return (s["anyOf"] as? [[String: Any]])?.first ?? s
    }

    @Test("confidence_threshold is a number from 0 to 1 in both")
    func confidenceThreshold() async throws {
        try await TestServer().test { c in
            let analysis = try await schema(c, "AnalysisRequest")
            let options = nonNull(properties(analysis)["options"])
            let threshold = nonNull(properties(options)["confidence_threshold"])
            #expect(threshold["minimum"] as? Int == 0 && threshold["maximum"] as? Int == 1, "\(threshold)")
            let admin = try await c.adminToken()
            let r = try await c.call(
                .post, "/api/v1/ai/intelligent-analysis", token: admin,
                json: ["query": "what drives revenue", "data_source": "x", "options": ["confidence_threshold": -0.5]])
            #expect(r.status == .unprocessableContent)
        }
    }

    @Test("workflow steps: 1 to 50 in both, an empty list is a 422 on steps")
    func workflowSteps() async throws {
        try await TestServer().test { c in
            let steps = nonNull(properties(try await schema(c, "WorkflowRequest"))["steps"])
            #expect(steps["minItems"] as? Int == 1 && steps["maxItems"] as? Int == 50, "\(steps)")
            let admin = try await c.adminToken()
            let r = try await c.call(.post, "/api/v1/ai/workflow", token: admin, json: ["steps": [] as [Any]])
            #expect(r.status == .unprocessableContent, "\(r.body)")
            #expect((r.error["details"] as? [String: Any])?["steps"] != nil, "\(r.body)")
        }
    }

    @Test("a password of 8 code points is accepted even when it shows as fewer characters")
    func passwordLength() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            // Four "é" written as e + combining accent: 8 Unicode scalars (what minLength counts),
            // 4 grapheme clusters (what the server counted before).
            let password = String(repeating: "e\u{301}", count: 4)
            let r = try await c.call(
                .post, "/api/v1/users", token: admin, json: ["email": "accent@example.com", "password": password])
            #expect(r.status == .created, "\(r.body)")
        }
    }
}
