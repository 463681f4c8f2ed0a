import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    @Test("every route is documented with its success and error answers")
    func complete() async throws {
        let server = try await TestServer()
        let routes = server.server.allRoutes
        try await server.test { c in
            let r = try await c.call(.get, "/api/v1/openapi.json")
            #expect(r.status == .ok)
            #expect(r.json["openapi"] as? String == "3.1.0")
            let paths = try #require(r.json["paths"] as? [String: [String: Any]])
            for route in routes {
                let op = try #require(
                    paths[route.path]?[route.method.rawValue.lowercased()] as? [String: Any], "\(route.key)")
                let responses = try #require(op["responses"] as? [String: Any])
                #expect(responses[String(route.success.status)] != nil)
                for code in route.errorCodes {
                    #expect(responses[String(code.status.code)] != nil, "\(route.key) \(code)")
                }
                if case .authenticated = route.access { #expect(responses["401"] != nil && responses["403"] != nil) }
            }
            #expect(paths.values.map(\.count).reduce(0, +) == routes.count)
            // Every $ref points at a defined schema.
            let schemas = try #require((r.json["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let refs = r.body.components(separatedBy: "#/components/schemas/").dropFirst().map {
                String($0.prefix { $0 != "\"" })
            }
            #expect(!refs.isEmpty)
            for ref in refs { #expect(schemas[ref] != nil, "\(ref)") }
        }
    }
}
