import Foundation
import Hummingbird
import Logging

/// `/api/v1/auth`: login, refresh-token rotation, logout.
struct AuthController: Controller {
    let backend: Backend

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .post, "/api/v1/auth/login", id: "login", "Exchange email and password for tokens.", tag: "auth",
                    access: .public_, category: .auth,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("LoginRequest"), required: true),
                    success: (200, .reference("TokenResponse")),
                    errors: [.authenticationFailed, .serviceUnavailable]),
                login),
            Endpoint(
                Route(
                    .post, "/api/v1/auth/refresh",
                    id: "refresh",
                    "Exchange a refresh token (Authorization: Bearer, or `refresh_token` in the body) for new tokens; reusing a rotated token revokes the session.",
                    tag: "auth", access: .refreshToken, category: .auth,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("RefreshRequest"), required: false),
                    success: (200, .reference("TokenResponse"))),
                refresh),
            Endpoint(
                Route(
                    .post, "/api/v1/auth/logout", id: "logout", "Revoke the current session and its refresh tokens.",
                    tag: "auth", access: .authenticated(.readOwnProfile), category: .auth,
                    success: (200, .reference("LogoutResponse"))),
                logout),
        ]
    }

    @Sendable func login(_ request: Request, _ context: AppContext) async throws -> Response {
        let body = try await JSONBody.decode(LoginRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        guard
            let (user, sessionID, refresh) = try await backend.startSession(email: body.email, password: body.password)
        else {
            throw APIError(.authenticationFailed, "Invalid email or password.")
        }
        let access = try await backend.signer.accessToken(userID: user.id, sessionID: sessionID)
        return try JSONBody.response(
            TokenResponse(
                accessToken: access, expiresIn: backend.signer.lifetime, refreshToken: refresh,
                user: .init(id: user.id, email: user.email, username: user.username, role: user.role)),
            message: "Logged in")
    }

    @Sendable func refresh(_ request: Request, _ context: AppContext) async throws -> Response {
        var token = Authenticator.bearer(in: request)
        if token == nil, request.headers[.contentLength].map({ $0 != "0" }) ?? true {
            token = try await JSONBody.decode(RefreshRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
                .refreshToken
        }
        guard let token, token.hasPrefix(RefreshTokenSecret.marker) else { throw APIError.unauthenticated }
        let next = RefreshTokenSecret.generate()
        switch try await backend.sessions.rotate(
            refreshHash: RandomToken.sha256(token), newHash: RandomToken.sha256(next), now: backend.epoch)
        {
        case .rotated(let userID, let sessionID):
            let access = try await backend.signer.accessToken(userID: userID, sessionID: sessionID)
            return try JSONBody.response(
                TokenResponse(accessToken: access, expiresIn: backend.signer.lifetime, refreshToken: next, user: nil),
                message: "Token refreshed")
        case .reused:
            context.logger.warning("refresh token reuse; session revoked")
            throw APIError(.authenticationFailed, "This refresh token was already used; the session has been revoked.")
        case .invalid:
            throw APIError.unauthenticated
        }
    }

    @Sendable func logout(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        guard case .session(let sessionID) = identity.credential else {
            throw APIError(
                .permissionDenied, "API keys cannot log out; revoke them with DELETE /api/v1/api-keys/{key_id}.")
        }
        try await backend.sessions.revoke(sessionID: sessionID, now: backend.epoch)
        return try JSONBody.response(LogoutResponse(), message: "Logged out")
    }
}
