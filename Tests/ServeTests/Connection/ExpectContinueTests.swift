import Foundation
import HummingbirdTesting
import TestSupport
import Testing

@testable import Serve

@Suite("Expect: 100-continue")
struct ExpectContinueTests {
    @Test("a request head with Expect: 100-continue gets 100 Continue before its body is sent")
    func interimAnswer() async throws {
        let server = try await TestServer { $0.host = "127.0.0.1" }
        defer { server.directory.remove() }
        try await server.server.application.test(.live) { client in
            let socket = try RawSocket(port: try #require(client.port))
            let body = #"{"email": "admin@example.com", "password": "not the password"}"#
            try socket.send(
                "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: \(body.utf8.count)\r\nExpect: 100-continue\r\n\r\n")
            // Nothing of the body has been sent: the only thing the server can answer is 100.
            let interim = await socket.readUntilClosedOrHead(seconds: 30)
            #expect(interim?.text.hasPrefix("HTTP/1.1 100 Continue\r\n") == true, "\(String(describing: interim))")
            try socket.send(body)
            let final = await socket.readUntilClosedOrHead(seconds: 30)
            #expect(final?.text.hasPrefix("HTTP/1.1 401") == true, "\(String(describing: final))")
        }
    }

    @Test("a request without Expect gets no interim answer")
    func noInterim() async throws {
        let server = try await TestServer { $0.host = "127.0.0.1" }
        defer { server.directory.remove() }
        try await server.server.application.test(.live) { client in
            let socket = try RawSocket(port: try #require(client.port))
            try socket.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let answer = await socket.readUntilClosedOrHead(seconds: 30)
            #expect(answer?.text.hasPrefix("HTTP/1.1 200") == true, "\(String(describing: answer))")
        }
    }
}
