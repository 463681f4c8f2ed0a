import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real `aiser serve` binary as a child process on 127.0.0.1 (port 0), for tests that must
/// kill a server (SIGKILL) and start another on the same data directory.
final class ServeProcess: Sendable {
    let process: Process
    let port: Int

    /// Starts the server with `environment` added to a bootstrap administrator and cheap bcrypt.
    init(dataDirectory: String, environment: [String: String]) async throws {
        let process = Process()
        process.executableURL = AiserBinary.url
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0", "--data-dir", dataDirectory]
        var env = ProcessInfo.processInfo.environment
        env["AISER_ADMIN_EMAIL"] = TestServer.adminEmail
        env["AISER_ADMIN_PASSWORD"] = TestServer.adminPassword
        env["AISER_BCRYPT_COST"] = "4"
        env["AISER_PUBLIC_URL"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        // The first line says where it listens: "aiser serve: listening on http://127.0.0.1:PORT".
        let reader = out.fileHandleForReading
        let line = await Task.detached { () -> String in
            var text = ""
            while !text.contains("\n") {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            return text
        }.value
        guard let colon = line.split(separator: "\n").first?.split(separator: ":").last, let port = Int(colon) else {
            process.terminate()
            throw ProcessFailure("aiser serve did not say where it listens: \(line)")
        }
        self.port = port
    }

    struct ProcessFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Kills the server at once (SIGKILL: no shutdown, no flushing) and waits until it is gone.
    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Stops the server gracefully.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// One JSON POST; answers the status and the envelope's `data`.
    func post(_ path: String, token: String? = nil, json: [String: Any]) async throws -> (
        status: Int, data: [String: Any]
    ) {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = .POST
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json)))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        let object = (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any]
        return (Int(response.status.code), object?["data"] as? [String: Any] ?? [:])
    }

    /// The platform administrator's access token.
    func adminToken() async throws -> String {
        let r = try await post(
            "/api/v1/auth/login", json: ["email": TestServer.adminEmail, "password": TestServer.adminPassword])
        return try #require(r.data["access_token"] as? String, "login failed: \(r.status)")
    }
}
