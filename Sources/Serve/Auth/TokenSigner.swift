import Foundation
import JWTKit

/// Signs and verifies access tokens: HS256 only, with issuer, type and expiry checked.
struct TokenSigner: Sendable {
    let keys: JWTKeyCollection
    let lifetime: Int
    let now: @Sendable () -> Date

    init(secret: String, lifetime: Int, now: @escaping @Sendable () -> Date = { Date() }) async {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        self.keys = keys
        self.lifetime = lifetime
        self.now = now
    }

    /// A new access token for `userID` in session `sessionID`.
    func accessToken(userID: String, sessionID: String) async throws -> String {
        let now = self.now()
        let claims = AccessClaims(
            sub: .init(value: userID), sid: sessionID, iss: .init(value: AccessClaims.issuer),
            typ: AccessClaims.accessType, iat: .init(value: now),
            exp: .init(value: now.addingTimeInterval(TimeInterval(lifetime))))
        return try await keys.sign(claims)
    }

    /// The claims of a valid access token; `AUTHENTICATION_FAILED` for anything else (other
    /// algorithms, refresh tokens, API keys, expired or forged tokens).
    func verify(_ token: String) async throws -> AccessClaims {
        try await verified(token, as: AccessClaims.self) { $0.exp.value }
    }

    /// `token`'s claims as `C` when it is HS256, signed with this key and not expired by
    /// `expiry`; `AUTHENTICATION_FAILED` for anything else. Every token type of this key uses it.
    func verified<C: JWTPayload>(_ token: String, as type: C.Type, expiry: (C) -> Date) async throws -> C {
        guard Self.headerAlgorithm(of: token) == "HS256" else { throw APIError.unauthenticated }
        let claims: C
        do {
            claims = try await keys.verify(token, as: C.self)
        } catch {
            throw APIError.unauthenticated
        }
        guard expiry(claims) > now() else { throw APIError.unauthenticated }
        return claims
    }

    /// The `alg` of a compact JWT's header, if it parses.
    static func headerAlgorithm(of token: String) -> String? {
        guard let first = token.split(separator: ".", omittingEmptySubsequences: false).first,
            token.split(separator: ".", omittingEmptySubsequences: false).count == 3
        else { return nil }
        var b64 = first.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b64.count % 4 != 0 { b64 += "=" }
        guard let data = Data(base64Encoded: b64),
            let header = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return header["alg"] as? String
    }
}
