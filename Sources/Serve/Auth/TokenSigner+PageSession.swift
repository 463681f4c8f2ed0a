import Foundation
import JWTKit

extension TokenSigner {
    /// A page session token for `userID` in login session `sessionID`, valid `lifetime` seconds.
    func pageToken(userID: String, sessionID: String, lifetime: Int) async throws -> String {
        let now = self.now()
        let claims = PageSessionClaims(
            sub: .init(value: userID), sid: sessionID, iss: .init(value: AccessClaims.issuer),
            typ: PageSessionClaims.pageType, iat: .init(value: now),
            exp: .init(value: now.addingTimeInterval(TimeInterval(lifetime))))
        return try await keys.sign(claims)
    }

    /// The claims of a valid page session token; `AUTHENTICATION_FAILED` for anything else
    /// (access tokens included).
    func verifyPage(_ token: String) async throws -> PageSessionClaims {
        guard Self.headerAlgorithm(of: token) == "HS256" else { throw APIError.unauthenticated }
        let claims: PageSessionClaims
        do {
            claims = try await keys.verify(token, as: PageSessionClaims.self)
        } catch {
            throw APIError.unauthenticated
        }
        guard claims.exp.value > now() else { throw APIError.unauthenticated }
        return claims
    }
}
