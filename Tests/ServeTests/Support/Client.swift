import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Convenience calls on top of HummingbirdTesting's client, answering decoded JSON.
struct Client: Sendable {
    let client: any TestClientProtocol

    /// One answer: status, headers and the JSON body as a dictionary.
    struct Answer: Sendable {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: String

        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }
        var data: [String: Any] { json["data"] as? [String: Any] ?? [:] }
        var error: [String: Any] { json["error"] as? [String: Any] ?? [:] }
        var errorCode: String? { error["code"] as? String }
        func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { headers[$0] } }
    }

    @discardableResult
    func call(
        _ method: HTTPRequest.Method, _ uri: String, token: String? = nil, json: Any? = nil, raw: String? = nil,
        headers extra: [String: String] = [:]
    ) async throws -> Answer {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        var body: ByteBuffer?
        if let json {
            try #require(JSONSerialization.isValidJSONObject(json), "not a JSON object: \(json)")
            headers[.contentType] = "application/json"
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
        }
        if let raw {
            if headers[.contentType] == nil { headers[.contentType] = "application/json" }
            body = ByteBuffer(string: raw)
        }
        for (k, v) in extra { headers[HTTPField.Name(k)!] = v }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
            Answer(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// Logs in and answers the access and refresh tokens.
    func login(_ email: String, _ password: String) async throws -> (access: String, refresh: String) {
        let r = try await call(.post, "/api/v1/auth/login", json: ["email": email, "password": password])
        try #require(r.status == .ok, "login failed: \(r.body)")
        return (try #require(r.data["access_token"] as? String), try #require(r.data["refresh_token"] as? String))
    }

    func adminToken() async throws -> String { try await login(TestServer.adminEmail, TestServer.adminPassword).access }

    /// Creates an organization (as the platform administrator) with an admin, and logs the admin in.
    func organization(_ name: String, adminToken: String) async throws -> (
        orgID: String, adminID: String, token: String
    ) {
        let org = try await call(.post, "/api/v1/organizations", token: adminToken, json: ["name": name])
        try #require(org.status == .created, "\(org.body)")
        let orgID = try #require(org.data["organization_id"] as? String)
        let email = "admin@\(name.lowercased()).test"
        let user = try await call(
            .post, "/api/v1/users", token: adminToken,
            json: ["email": email, "password": "password-\(name)", "role": "admin", "organization": orgID])
        try #require(user.status == .created, "\(user.body)")
        let token = try await login(email, "password-\(name)").access
        return (orgID, try #require(user.data["user_id"] as? String), token)
    }
}
