import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Serve

/// Limits and headers applied to every request at the edge (issue 17, findings 4 and 9).
@Suite("Request limits and response headers")
struct RequestLimitTests {
    @Test("on every route of the table (and an unknown one), a declared Content-Length over the limit is 413 at once")
    func declaredLength() async throws {
        let server = try await TestServer(configure: {
            $0.host = "127.0.0.1"
            $0.uploadLimit = 4096
            $0.jsonBodyLimit = 1024
        })
        defer { server.directory.remove() }
        let requests =
            server.server.allRoutes.map { route in
                (
                    route.method.rawValue,
                    route.path.replacingOccurrences(of: #"\{[a-z_]+\}"#, with: "x1", options: .regularExpression)
                )
            } + [("POST", "/api/v1/no-such-route")]
        #expect(requests.count > 30)
        try await server.server.application.test(.live) { client in
            let port = try #require(client.port)
            for (method, path) in requests {
                let socket = try RawSocket(port: port)
                // 2 GiB declared, nothing sent: before the fix the JSON routes waited for the body.
                try socket.send(
                    "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 2147483648\r\n\r\n")
                let reply = await socket.readUntilClosedOrHead()
                #expect(
                    reply?.text.hasPrefix("HTTP/1.1 413") == true, "\(method) \(path): \(String(describing: reply))")
            }
        }
    }

    @Test("the limit is exact: a body of the limit is read, one byte more is 413 before reading")
    func exactLimit() async throws {
        let server = try await TestServer(configure: {
            $0.host = "127.0.0.1"
            $0.jsonBodyLimit = 1024
        })
        defer { server.directory.remove() }
        let json = #"{"email": "nobody@example.com", "password": "wrong password"}"#
        let body = json + String(repeating: " ", count: 1024 - json.utf8.count)
        try await server.server.application.test(.live) { client in
            let port = try #require(client.port)
            for (length, sent, status) in [(1024, body, "401"), (1025, "", "413")] {
                let socket = try RawSocket(port: port)
                try socket.send(
                    "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: \(length)\r\n\r\n" + sent)
                let reply = await socket.readUntilClosedOrHead()
                #expect(reply?.text.hasPrefix("HTTP/1.1 \(status)") == true, "\(length): \(String(describing: reply))")
            }
        }
    }

    @Test("the limit follows the route: an upload may declare more than a JSON body")
    func perRouteLimit() async throws {
        let middleware = BodyLimitMiddleware(uploadLimit: 4096, jsonLimit: 1024)
        let server = try await TestServer()
        defer { server.directory.remove() }
        let table = server.server.routes
        let upload = table.route(method: .post, path: "/api/v1/data/upload")
        let login = table.route(method: .post, path: "/api/v1/auth/login")
        #expect(middleware.limit(for: upload) == 4096)
        #expect(middleware.limit(for: login) == 1024)
        #expect(middleware.limit(for: nil) == 1024)
    }

    @Test("JSON answers and error envelopes carry X-Content-Type-Options: nosniff")
    func noSniff() async throws {
        let server = try await TestServer()
        try await server.test { c in
            for path in ["/healthz", "/api/v1/users", "/api/v1/openapi.json"] {
                let r = try await c.call(.get, path)
                #expect(r.header("X-Content-Type-Options") == "nosniff", "\(path)")
            }
        }
    }

    @Test("request bodies say additionalProperties: true, and unknown fields are ignored")
    func unknownFields() async throws {
        let server = try await TestServer()
        try await server.test { c in
            let doc = try await c.call(.get, "/api/v1/openapi.json")
            let schemas = (doc.json["components"] as? [String: Any])?["schemas"] as? [String: Any]
            let login = try #require(schemas?["LoginRequest"] as? [String: Any])
            #expect(login["additionalProperties"] as? Bool == true)
            let r = try await c.call(
                .post, "/api/v1/auth/login",
                json: ["email": TestServer.adminEmail, "password": TestServer.adminPassword, "remember_me": true])
            #expect(r.status == .ok, "\(r.body)")
        }
    }

    @Test("an upload over an ingest limit is a 422 naming line and column (regression: a 60 MiB header was one column)")
    func hostileUpload() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let header = "a," + String(repeating: "n", count: 2000) + "\n1,2\n"
            let r = try await c.upload("wide.csv", header, token: admin)
            #expect(r.status == .unprocessableContent, "\(r.body)")
            let details = r.error["details"] as? [String: String]
            #expect(details?["file"] == "line 1, column 3: the name of column 2 is longer than 1 KiB", "\(r.body)")
        }
    }
}
