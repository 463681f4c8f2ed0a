import Foundation
import HTTPTypes
import Testing

extension Client {
    /// Mints an embed token; answers the whole `data`.
    func embedToken(_ type: String, _ id: String, token: String, extra: [String: Any] = [:]) async throws
        -> [String: Any]
    {
        var body: [String: Any] = ["resource_type": type, "resource_id": id]
        body.merge(extra) { _, b in b }
        let r = try await call(.post, "/api/v1/embed/tokens", token: token, json: body)
        try #require(r.status == .created, "\(r.body)")
        return r.data
    }

    /// The page path (`/embed/chart/…?token=…`) of a freshly minted token.
    func embedPath(_ type: String, _ id: String, token: String, extra: [String: Any] = [:]) async throws -> String {
        let url = try #require(try await embedToken(type, id, token: token, extra: extra)["url"] as? String)
        return url
    }
}
