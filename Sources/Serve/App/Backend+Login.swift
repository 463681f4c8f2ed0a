import Foundation

extension Backend {
    /// Checks an email and password and starts a login session for the active user they name:
    /// the one credential check behind `POST /api/v1/auth/login` and the `/login` page.
    /// Answers `nil` for a wrong email or password or an inactive user (bcrypt runs either way).
    func startSession(email: String, password: String) async throws -> (
        user: UserRecord, sessionID: String, refreshToken: String
    )? {
        let user = try await users.find(email: email.lowercased())
        let valid = try await hasher.verify(password, against: user?.passwordHash)
        guard valid, let user, user.status == .active else { return nil }
        let sessionID = RandomToken.id("sess_")
        let refresh = RefreshTokenSecret.generate()
        let now = epoch
        try await sessions.start(
            sessionID: sessionID, userID: user.id, refreshHash: RandomToken.sha256(refresh), now: now,
            expiresAt: now + Int64(settings.refreshTokenSeconds))
        try await users.recordLogin(userID: user.id, at: now)
        return (user, sessionID, refresh)
    }
}
