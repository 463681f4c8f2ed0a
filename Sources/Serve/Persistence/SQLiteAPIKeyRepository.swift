import Engine
import Foundation

/// `APIKeyRepository` on the SQLite metadata database.
struct SQLiteAPIKeyRepository: APIKeyRepository {
    let db: MetadataStore

    static let columns =
        "k.id, k.user_id, k.organization_id, k.name, k.prefix, k.hash, k.role, k.created_at, k.last_used_at, k.revoked_at"

    static func record(_ r: [SQLValue]) -> APIKeyRecord {
        APIKeyRecord(
            id: r.text(0), userID: r.text(1), organizationID: r.text(2), name: r.text(3), prefix: r.text(4),
            hash: r.text(5), role: r.optionalText(6).flatMap(Role.init(rawValue:)), createdAt: r.int64(7),
            lastUsedAt: r.optionalInt64(8), revokedAt: r.optionalInt64(9))
    }

    func create(_ k: APIKeyRecord) async throws {
        _ = try await db.write { c in
            try c.run(
                "INSERT INTO api_keys(id, user_id, organization_id, name, prefix, hash, role, created_at) VALUES (?,?,?,?,?,?,?,?)",
                [
                    .text(k.id), .text(k.userID), .text(k.organizationID), .text(k.name), .text(k.prefix),
                    .text(k.hash), .optional(k.role?.rawValue), .integer(k.createdAt),
                ])
        }
    }

    func list(userID: String) async throws -> [APIKeyRecord] {
        try await db.read { c in
            try c.rows(
                "SELECT \(Self.columns) FROM api_keys k WHERE k.user_id = ? AND k.revoked_at IS NULL ORDER BY k.created_at DESC, k.id",
                [.text(userID)]
            ).map(Self.record)
        }
    }

    func find(id: String, userID: String, organizationID: String?) async throws -> APIKeyRecord? {
        try db.lookup { c in
            try c.rows(
                "SELECT \(Self.columns) FROM api_keys k WHERE k.id = ?1 AND k.revoked_at IS NULL AND (k.user_id = ?2 OR k.organization_id = ?3)",
                [.text(id), .text(userID), .optional(organizationID)]
            ).first.map(Self.record)
        }
    }

    func revoke(id: String, now: Int64) async throws {
        _ = try await db.write { c in
            _ = try c.run(
                "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", [.integer(now), .text(id)])
        }
    }

    static let authenticateSQL = """
        SELECT \(columns), \(SQLiteUserRepository.columns(prefix: "u."))
        FROM api_keys k JOIN users u ON u.id = k.user_id
        WHERE k.hash = ? AND k.revoked_at IS NULL AND u.status = 'active'
        """

    func authenticate(hash: String, now: Int64) async throws -> (key: APIKeyRecord, user: UserRecord)? {
        try db.lookup { c in
            guard let r = try c.firstRow(Self.authenticateSQL, [.text(hash)]) else { return nil }
            return (Self.record(Array(r[0..<10])), SQLiteUserRepository.record(Array(r[10...])))
        }
    }
}
