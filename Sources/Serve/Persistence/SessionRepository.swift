/// Login sessions (refresh-token families) and their refresh tokens, stored as SHA-256 hashes.
protocol SessionRepository: Sendable {
    /// Starts a session for `userID` whose first refresh token hashes to `refreshHash`.
    func start(sessionID: String, userID: String, refreshHash: String, now: Int64, expiresAt: Int64) async throws
    /// Exchanges a refresh token for a new one in the same session. A token used before
    /// revokes the whole session.
    func rotate(refreshHash: String, newHash: String, now: Int64) async throws -> Rotation
    /// Revokes the session.
    func revoke(sessionID: String, now: Int64) async throws
    /// The user of an unrevoked, unexpired session (and when the session expires), when both
    /// exist and the user is active.
    func activeUser(userID: String, sessionID: String, now: Int64) async throws -> ActiveSession?
}

/// An unrevoked, unexpired session's active user.
struct ActiveSession: Sendable, Equatable {
    let user: UserRecord
    /// Epoch second when the session expires.
    let expiresAt: Int64
}

/// The outcome of presenting a refresh token.
enum Rotation: Sendable, Equatable {
    case rotated(userID: String, sessionID: String)
    /// The token was already used: the session is now revoked.
    case reused
    case invalid
}
