import Foundation
import HTTPTypes
import Hummingbird
import JWTKit

/// Resolves a request's credentials (access token or API key) into an `Identity`. Identities
/// of credentials seen before come from the `CredentialCache`, which any change to the metadata
/// database empties.
struct Authenticator: Sendable {
    static let apiKeyHeader = HTTPField.Name("X-API-Key")!

    let signer: TokenSigner
    let sessions: any SessionRepository
    let apiKeys: any APIKeyRepository
    let cache: CredentialCache
    let now: @Sendable () -> Date

    func authenticate(_ request: Request) async -> Authentication {
        guard let token = Self.credential(in: request) else { return .none }
        let version = cache.currentVersion()
        if let version, let identity = cache.identity(for: token, at: version, now: now()) {
            return .identity(identity)
        }
        do {
            let found: (identity: Identity, validUntil: Date)?
            if APIKeySecret.looksLikeKey(token) {
                found = try await apiKey(token)
            } else if token.hasPrefix(RefreshTokenSecret.marker) {
                found = nil
            } else {
                found = try await accessToken(token)
            }
            guard let found else { return .failed }
            if let version { cache.remember(found.identity, for: token, until: found.validUntil, seenAt: version) }
            return .identity(found.identity)
        } catch {
            return .failed
        }
    }

    /// The bearer token or `X-API-Key` value.
    static func credential(in request: Request) -> String? {
        if let key = request.headers[apiKeyHeader].map(Self.trimmingSpaces), !key.isEmpty { return String(key) }
        return bearer(in: request)
    }

    /// The token of `Authorization: Bearer <token>`.
    static func bearer(in request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        // `Bearer` in any case, a space, the token: compared as bytes (this runs per request).
        let value = trimmingSpaces(header)
        let bytes = value.utf8
        guard bytes.count > 7, bytes.dropFirst(6).first == UInt8(ascii: " "),
            bytes.prefix(6).elementsEqual("bearer".utf8, by: { $0 | 0x20 == $1 })
        else { return nil }
        let token = trimmingSpaces(value.dropFirst(7))
        return token.isEmpty ? nil : String(token)
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmingSpaces<S: StringProtocol>(_ text: S) -> S.SubSequence {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        let start = text.firstIndex { !blank($0) } ?? text.endIndex
        let end = text.lastIndex { !blank($0) }.map(text.index(after:)) ?? start
        return text[start..<max(start, end)]
    }

    /// The identity of a valid access token of a live session, valid until the token or the
    /// session expires.
    private func accessToken(_ token: String) async throws -> (identity: Identity, validUntil: Date)? {
        let claims = try await signer.verify(token)
        let t = Int64(now().timeIntervalSince1970)
        guard let session = try await sessions.activeUser(userID: claims.sub.value, sessionID: claims.sid, now: t)
        else { return nil }
        let user = session.user
        let identity = Identity(
            userID: user.id, organizationID: user.organizationID, role: user.role,
            isPlatformAdmin: user.isPlatformAdmin, credential: .session(claims.sid))
        return (identity, min(claims.exp.value, Date(timeIntervalSince1970: TimeInterval(session.expiresAt))))
    }

    /// The identity of an unrevoked API key of an active user (keys do not expire).
    private func apiKey(_ token: String) async throws -> (identity: Identity, validUntil: Date)? {
        let t = Int64(now().timeIntervalSince1970)
        guard let (key, user) = try await apiKeys.authenticate(hash: RandomToken.sha256(token), now: t) else {
            return nil
        }
        let role = key.role.map { min($0, user.role) } ?? user.role
        let identity = Identity(
            userID: user.id, organizationID: user.organizationID, role: role,
            isPlatformAdmin: user.isPlatformAdmin && key.role == nil, credential: .apiKey(key.id))
        return (identity, .distantFuture)
    }
}
