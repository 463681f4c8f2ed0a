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
        try await verified(token, as: PageSessionClaims.self) { $0.exp.value }
    }
}
