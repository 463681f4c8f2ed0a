import Engine
import Foundation

/// `UserRepository` on the SQLite metadata database.
struct SQLiteUserRepository: UserRepository {
    let db: MetadataStore

    static let columns =
        "id, organization_id, email, username, password_hash, first_name, last_name, role, platform_admin, status, preferences, created_at, last_login"

    /// The columns with a table alias in front of each (`u.id, u.organization_id, …`).
    static func columns(prefix: String) -> String {
        columns.split(separator: ",").map { prefix + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
    }

    /// Decoded preference texts (most users share a few).
    static let preferences = DecodedJSONCache<Preferences>()

    static func record(_ r: [SQLValue]) -> UserRecord {
        UserRecord(
            id: r.text(0), organizationID: r.text(1), email: r.text(2), username: r.text(3),
            passwordHash: r.text(4), firstName: r.optionalText(5), lastName: r.optionalText(6),
            role: Role(rawValue: r.text(7)) ?? .viewer, isPlatformAdmin: r.int64(8) != 0,
            status: UserRecord.Status(rawValue: r.text(9)) ?? .disabled,
            preferences: preferences.decode(r.text(10), default: Preferences()),
            createdAt: r.int64(11), lastLogin: r.optionalInt64(12))
    }

    func create(_ u: UserRecord) async throws {
        _ = try await db.write { c in
            try c.transaction {
                if try !c.query("SELECT 1 FROM users WHERE email = ?", [.text(u.email)]).rows.isEmpty {
                    throw APIError(
                        .conflict, "A user with this email already exists.", details: ["email": "already registered"])
                }
                _ = try c.run(
                    "INSERT INTO users(\(Self.columns)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [
                        .text(u.id), .text(u.organizationID), .text(u.email), .text(u.username), .text(u.passwordHash),
                        .optional(u.firstName), .optional(u.lastName), .text(u.role.rawValue),
                        .integer(u.isPlatformAdmin ? 1 : 0), .text(u.status.rawValue),
                        .text(StoredJSON.encode(u.preferences)), .integer(u.createdAt), .optional(u.lastLogin),
                    ])
                try WebhookOutbox.enqueue(
                    .userCreated, organizationID: u.organizationID, userID: u.id,
                    data: ["email": u.email, "role": u.role.rawValue], at: u.createdAt, on: c)
            }
        }
    }

    static let findByIDSQL = "SELECT \(columns) FROM users WHERE id = ? AND (?2 IS NULL OR organization_id = ?2)"

    func find(id: String, organizationID: String?) async throws -> UserRecord? {
        try db.lookup { c in
            try c.firstRow(Self.findByIDSQL, [.text(id), .optional(organizationID)]).map(Self.record)
        }
    }

    func find(email: String) async throws -> UserRecord? {
        try db.lookup { c in
            try c.rows("SELECT \(Self.columns) FROM users WHERE email = ?", [.text(email)]).first.map(Self.record)
        }
    }

    func update(_ u: UserRecord) async throws {
        _ = try await db.write { c in
            try c.run(
                "UPDATE users SET first_name = ?, last_name = ?, role = ?, status = ?, preferences = ?, password_hash = ?, username = ? WHERE id = ?",
                [
                    .optional(u.firstName), .optional(u.lastName), .text(u.role.rawValue), .text(u.status.rawValue),
                    .text(StoredJSON.encode(u.preferences)), .text(u.passwordHash), .text(u.username), .text(u.id),
                ])
        }
    }

    func list(_ f: UserFilter, page: Page) async throws -> (users: [UserRecord], total: Int) {
        try await db.read { c in
            let filter =
                "WHERE (?1 IS NULL OR organization_id = ?1) AND (?2 IS NULL OR role = ?2) AND (?3 IS NULL OR status = ?3)"
            let values: [SQLValue] = [
                .optional(f.organizationID), .optional(f.role?.rawValue), .optional(f.status?.rawValue),
            ]
            let total = try c.rows("SELECT count(*) FROM users \(filter)", values).first?.first?.int ?? 0
            let rows = try c.rows(
                "SELECT \(Self.columns) FROM users \(filter) ORDER BY created_at, id LIMIT ?4 OFFSET ?5",
                values + [.integer(Int64(page.limit)), .integer(Int64(page.offset))])
            return (rows.map(Self.record), Int(total))
        }
    }

    func recordLogin(userID: String, at time: Int64) async throws {
        _ = try await db.write { c in
            _ = try c.run("UPDATE users SET last_login = ? WHERE id = ?", [.integer(time), .text(userID)])
        }
    }

    static let profileSQL = """
        SELECT \(columns(prefix: "u.")), coalesce(o.name, ''),
               (SELECT count(*) FROM activity WHERE user_id = u.id AND kind = 'chart_created'),
               (SELECT max(at) FROM activity WHERE user_id = u.id AND kind = 'login'),
               (SELECT coalesce(sum(last_seen_at - created_at), 0) FROM sessions WHERE user_id = u.id)
        FROM users u LEFT JOIN organizations o ON o.id = u.organization_id
        WHERE u.id = ?1 AND (?2 IS NULL OR u.organization_id = ?2)
        """

    func profile(id: String, organizationID: String?) async throws -> UserProfileRecord? {
        try db.lookup { c in
            try c.firstRow(Self.profileSQL, [.text(id), .optional(organizationID)]).map { r in
                UserProfileRecord(
                    user: Self.record(r), organizationName: r.text(13),
                    statistics: UserStatistics(
                        chartsCreated: Int(r.int64(14)), lastLogin: r.optionalInt64(15), totalUsageTime: r.int64(16)))
            }
        }
    }

    func isEmpty() async throws -> Bool {
        try await db.read { c in try c.rows("SELECT count(*) FROM users").first?.first?.int == 0 }
    }
}
