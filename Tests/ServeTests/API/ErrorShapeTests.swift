import Foundation
import Hummingbird
import Testing

@testable import Serve

/// Every failure path answers the error envelope with the reference's codes and no internals.
@Suite("Error envelope on every failure path")
struct ErrorShapeTests {
    /// Checks the common shape of an error answer.
    func expectError(_ r: Client.Answer, _ status: HTTPResponse.Status, _ code: String) {
        #expect(r.status == status, "\(r.body)")
        #expect(r.json["success"] as? Bool == false)
        #expect(r.errorCode == code)
        #expect((r.error["message"] as? String)?.isEmpty == false)
        #expect(r.error["timestamp"] as? String != nil)
        #expect(r.header("Content-Type")?.hasPrefix("application/json") == true)
        #expect(!r.body.contains("/tmp/"), "no file paths")
        #expect(!r.body.lowercased().contains("select "), "no SQL")
        // One edge makes every envelope: the same keys, the request id of the call, and the
        // decorations of the middlewares above the edge (rate-limit headers) on error answers too.
        #expect(Set(r.json.keys) == ["success", "error"])
        #expect(
            Set(r.error.keys).isSubset(of: ["code", "message", "details", "timestamp", "request_id", "retry_after"]))
        #expect(r.error["request_id"] as? String == r.header("X-Request-ID"), "\(r.body)")
        #expect(r.header("X-RateLimit-Limit") != nil)
    }

    @Test("unknown routes answer 404 RESOURCE_NOT_FOUND")
    func unknownRoute() async throws {
        try await TestServer().test { c in
            expectError(try await c.call(.get, "/api/v1/nothing-here"), .notFound, "RESOURCE_NOT_FOUND")
            expectError(try await c.call(.get, "/"), .notFound, "RESOURCE_NOT_FOUND")
        }
    }

    @Test("a known path with the wrong method answers 405 with Allow")
    func wrongMethod() async throws {
        try await TestServer().test { c in
            let r = try await c.call(.delete, "/api/v1/auth/login")
            expectError(r, .methodNotAllowed, "METHOD_NOT_ALLOWED")
            #expect(r.header("Allow") == "POST")
            let u = try await c.call(.patch, "/api/v1/users/user_x")
            #expect(
                u.header("Allow")?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.sorted() == [
                    "GET", "PUT",
                ])
        }
    }

    @Test("malformed JSON answers 422 VALIDATION_ERROR naming the body")
    func malformedJSON() async throws {
        try await TestServer().test { c in
            let r = try await c.call(.post, "/api/v1/auth/login", raw: "{\"email\": ")
            expectError(r, .unprocessableContent, "VALIDATION_ERROR")
            #expect((r.error["details"] as? [String: String])?["body"] != nil)
        }
    }

    @Test("a missing field answers 422 with a per-field detail")
    func missingField() async throws {
        try await TestServer().test { c in
            let r = try await c.call(.post, "/api/v1/auth/login", json: ["email": "a@b.co"])
            expectError(r, .unprocessableContent, "VALIDATION_ERROR")
            #expect((r.error["details"] as? [String: String])?["password"] == "This field is required.")
        }
    }

    @Test("a JSON body over the limit answers 413")
    func oversize() async throws {
        try await TestServer(configure: { $0.jsonBodyLimit = 1000 }).test { c in
            let big = "{\"email\": \"" + String(repeating: "a", count: 5000) + "\", \"password\": \"x\"}"
            expectError(try await c.call(.post, "/api/v1/auth/login", raw: big), .contentTooLarge, "PAYLOAD_TOO_LARGE")
        }
    }

    @Test("a non-JSON content type answers 415")
    func contentType() async throws {
        try await TestServer().test { c in
            let r = try await c.call(
                .post, "/api/v1/auth/login", raw: "email=a",
                headers: ["Content-Type": "application/x-www-form-urlencoded"])
            expectError(r, .unsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")
        }
    }

    @Test("missing or invalid credentials answer 401 with WWW-Authenticate")
    func unauthenticated() async throws {
        try await TestServer().test { c in
            let r = try await c.call(.get, "/api/v1/users")
            expectError(r, .unauthorized, "AUTHENTICATION_FAILED")
            #expect(r.header("WWW-Authenticate") == "Bearer")
            expectError(
                try await c.call(.get, "/api/v1/users", token: "garbage"), .unauthorized, "AUTHENTICATION_FAILED")
        }
    }

    @Test("a role without the permission answers 403 PERMISSION_DENIED")
    func forbidden() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let created = try await c.call(
                .post, "/api/v1/users", token: admin,
                json: ["email": "v@example.com", "password": "viewer-pass", "role": "viewer"])
            #expect(created.status == .created)
            let viewer = try await c.login("v@example.com", "viewer-pass").access
            expectError(try await c.call(.get, "/api/v1/users", token: viewer), .forbidden, "PERMISSION_DENIED")
        }
    }

    @Test("bad query parameters answer 422 naming the parameter")
    func badQuery() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            for uri in [
                "/api/v1/users?limit=101", "/api/v1/users?page=0", "/api/v1/users?limit=abc", "/api/v1/users?role=king",
            ] {
                let r = try await c.call(.get, uri, token: admin)
                expectError(r, .unprocessableContent, "VALIDATION_ERROR")
            }
        }
    }

    @Test("an unexpected failure answers 500 INTERNAL_ERROR without internals; readyz answers 503")
    func internalError() async throws {
        let server = try await TestServer()
        try await server.test { c in
            server.backend.metadata.close()
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: server.backend.settings.metadataPath + suffix)
            }
            let r = try await c.call(.post, "/api/v1/auth/login", json: ["email": "a@b.co", "password": "whatever"])
            expectError(r, .internalServerError, "INTERNAL_ERROR")
            #expect(r.error["details"] == nil && !r.body.contains("sqlite"))
            let ready = try await c.call(.get, "/readyz")
            #expect(ready.status == .serviceUnavailable && ready.errorCode == "SERVICE_UNAVAILABLE")
            #expect(ready.error["request_id"] as? String == ready.header("X-Request-ID"))
        }
    }

    @Test("the rate limit answers 429 with retry_after and Retry-After")
    func rateLimited() async throws {
        var limits = RateLimits.uniform(100)
        limits[.auth] = 1
        try await TestServer(rateLimits: limits).test { c in
            _ = try await c.call(.post, "/api/v1/auth/login", json: ["email": "x@y.zz", "password": "nope-nope"])
            let r = try await c.call(.post, "/api/v1/auth/login", json: ["email": "x@y.zz", "password": "nope-nope"])
            expectError(r, .tooManyRequests, "RATE_LIMIT_EXCEEDED")
            let retry = try #require(r.error["retry_after"] as? Int)
            #expect(retry >= 1 && retry <= 60)
            #expect(r.header("Retry-After") == String(retry))
        }
    }
}
