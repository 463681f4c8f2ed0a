import Foundation
import HTTPTypes
import Hummingbird
import JWTKit

/// The session cookie of the pages (`aiser_session`): set by the `/login` form, `HttpOnly`,
/// `SameSite=Lax`, `Secure` in production, for as long as the login session lives. It holds a
/// signed `PageSessionClaims` naming a login session, so logging out (or revoking the session)
/// ends it. Only the pages read it; `/api/v1` never looks at cookies, so it cannot be used for
/// cross-site requests against the API.
struct PageSession: Sendable {
    static let cookieName = "aiser_session"

    let signer: TokenSigner
    let sessions: any SessionRepository
    let lifetime: Int
    let secure: Bool
    let now: @Sendable () -> Date

    init(_ backend: Backend) {
        signer = backend.signer
        sessions = backend.sessions
        lifetime = backend.settings.refreshTokenSeconds
        secure = backend.settings.mode == .production
        now = backend.now
    }

    /// The identity of the request's session cookie, when it names a live session.
    func identity(of request: Request) async -> Identity? {
        guard let token = Cookies.value(PageSession.cookieName, in: request),
            let claims = try? await signer.verifyPage(token)
        else { return nil }
        let t = Int64(now().timeIntervalSince1970)
        guard let session = try? await sessions.activeUser(userID: claims.sub.value, sessionID: claims.sid, now: t)
        else { return nil }
        let user = session.user
        return Identity(
            userID: user.id, organizationID: user.organizationID, role: user.role,
            isPlatformAdmin: user.isPlatformAdmin, credential: .session(claims.sid))
    }

    /// The `Set-Cookie` value starting a page session for `userID` in login session `sessionID`.
    func cookie(userID: String, sessionID: String) async throws -> String {
        let token = try await signer.pageToken(userID: userID, sessionID: sessionID, lifetime: lifetime)
        return Cookies.setCookie(PageSession.cookieName, token, maxAge: lifetime, sameSite: "Lax", secure: secure)
    }

    /// The `Set-Cookie` value ending the page session in the browser.
    var clearing: String {
        Cookies.setCookie(PageSession.cookieName, "", maxAge: 0, sameSite: "Lax", secure: secure)
    }
}
