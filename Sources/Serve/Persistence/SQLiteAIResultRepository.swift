import Engine

/// `AIResultRepository` on the SQLite metadata database.
struct SQLiteAIResultRepository: AIResultRepository {
    let db: MetadataStore

    func create(_ r: AIResultRecord) async throws {
        _ = try await db.write { c in
            try c.run(
                "INSERT INTO ai_results(id, kind, organization_id, user_id, data_source_id, result, created_at) VALUES (?,?,?,?,?,?,?)",
                [
                    .text(r.id), .text(r.kind.rawValue), .text(r.organizationID), .text(r.userID),
                    .text(r.dataSourceID), .text(r.json), .integer(r.createdAt),
                ])
        }
    }

    func find(id: String, kind: AIResultRecord.Kind, organizationID: String) async throws -> String? {
        try db.lookup { c in
            try c.rows(
                "SELECT result FROM ai_results WHERE id = ? AND kind = ? AND organization_id = ?",
                [.text(id), .text(kind.rawValue), .text(organizationID)]
            ).first.map { $0.text(0) }
        }
    }
}
