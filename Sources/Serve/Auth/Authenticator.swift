import Foundation
import HTTPTypes
import Hummingbird

/// Resolves a request's credentials (access token or API key) into an `Identity`.
struct Authenticator: Sendable {
    static let apiKeyHeader = HTTPField.Name("X-API-Key")!

    let signer: TokenSigner
    let sessions: any SessionRepository
    let apiKeys: any APIKeyRepository
    let now: @Sendable () -> Date

    func authenticate(_ request: Request) async -> Authentication {
        guard let token = Self.credential(in: request) else { return .none }
        do {
            if APIKeySecret.looksLikeKey(token) { return try await apiKey(token) }
            if token.hasPrefix(RefreshTokenSecret.marker) { return .failed }
            return try await accessToken(token)
        } catch {
            return .failed
        }
    }

    /// The bearer token or `X-API-Key` value.
    static func credential(in request: Request) -> String? {
        if let key = request.headers[apiKeyHeader]?.trimmingCharacters(in: .whitespaces), !key.isEmpty { return key }
        return bearer(in: request)
    }

    /// The token of `Authorization: Bearer <token>`.
    static func bearer(in request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    private func accessToken(_ token: String) async throws -> Authentication {
        let claims = try await signer.verify(token)
        let t = Int64(now().timeIntervalSince1970)
        guard let user = try await sessions.activeUser(userID: claims.sub.value, sessionID: claims.sid, now: t) else {
            return .failed
        }
        return .identity(
            Identity(
                userID: user.id, organizationID: user.organizationID, role: user.role,
                isPlatformAdmin: user.isPlatformAdmin, credential: .session(claims.sid)))
    }

    private func apiKey(_ token: String) async throws -> Authentication {
        let t = Int64(now().timeIntervalSince1970)
        guard let (key, user) = try await apiKeys.authenticate(hash: RandomToken.sha256(token), now: t) else {
            return .failed
        }
        let role = key.role.map { min($0, user.role) } ?? user.role
        return .identity(
            Identity(
                userID: user.id, organizationID: user.organizationID, role: role,
                isPlatformAdmin: user.isPlatformAdmin && key.role == nil, credential: .apiKey(key.id)))
    }
}
