import Engine
import Foundation

/// `SessionRepository` on the SQLite metadata database.
struct SQLiteSessionRepository: SessionRepository {
    let db: MetadataStore

    func start(sessionID: String, userID: String, refreshHash: String, now: Int64, expiresAt: Int64) async throws {
        try await db.write { c in
            try c.transaction {
                try c.run(
                    "INSERT INTO sessions(id, user_id, created_at, last_seen_at, expires_at) VALUES (?,?,?,?,?)",
                    [.text(sessionID), .text(userID), .integer(now), .integer(now), .integer(expiresAt)])
                try c.run(
                    "INSERT INTO refresh_tokens(hash, session_id, created_at) VALUES (?,?,?)",
                    [.text(refreshHash), .text(sessionID), .integer(now)])
            }
        }
    }

    func rotate(refreshHash: String, newHash: String, now: Int64) async throws -> Rotation {
        try await db.write { c in
            try c.transaction {
                guard
                    let r = try c.query(
                        """
                        SELECT t.used_at, s.id, s.user_id, s.revoked_at, s.expires_at, u.status
                        FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id
                        WHERE t.hash = ?
                        """, [.text(refreshHash)]
                    ).rows.first
                else { return .invalid }
                let sessionID = r.text(1)
                if r.optionalInt64(0) != nil {
                    try c.run(
                        "UPDATE sessions SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?",
                        [.integer(now), .text(sessionID)])
                    return .reused
                }
                guard r.optionalInt64(3) == nil, r.int64(4) > now, r.text(5) == UserRecord.Status.active.rawValue
                else { return .invalid }
                try c.run("UPDATE refresh_tokens SET used_at = ? WHERE hash = ?", [.integer(now), .text(refreshHash)])
                try c.run(
                    "INSERT INTO refresh_tokens(hash, session_id, created_at) VALUES (?,?,?)",
                    [.text(newHash), .text(sessionID), .integer(now)])
                try c.run("UPDATE sessions SET last_seen_at = ? WHERE id = ?", [.integer(now), .text(sessionID)])
                return .rotated(userID: r.text(2), sessionID: sessionID)
            }
        }
    }

    func revoke(sessionID: String, now: Int64) async throws {
        try await db.write { c in
            _ = try c.run(
                "UPDATE sessions SET revoked_at = coalesce(revoked_at, ?1), last_seen_at = max(last_seen_at, ?1) WHERE id = ?2",
                [.integer(now), .text(sessionID)])
        }
    }

    static let activeUserSQL = """
        SELECT \(SQLiteUserRepository.columns(prefix: "u.")), s.expires_at FROM users u JOIN sessions s ON s.user_id = u.id
        WHERE u.id = ? AND s.id = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND u.status = 'active'
        """

    func activeUser(userID: String, sessionID: String, now: Int64) async throws -> ActiveSession? {
        try db.lookup { c in
            guard let r = try c.firstRow(Self.activeUserSQL, [.text(userID), .text(sessionID), .integer(now)]) else {
                return nil
            }
            return ActiveSession(user: SQLiteUserRepository.record(r), expiresAt: r.int64(r.count - 1))
        }
    }
}
