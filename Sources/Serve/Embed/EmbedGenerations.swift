import Engine

/// The stored embed generation of each chart and dashboard (0 until first revoked): a token
/// minted at an older generation is refused.
struct EmbedGenerations: Sendable {
    let db: MetadataStore

    /// The current generation of `id`.
    func current(_ resource: EmbedResource, id: String) async throws -> Int64 {
        try db.lookup { c in
            try c.firstRow(
                "SELECT generation FROM embed_generations WHERE resource_type = ? AND resource_id = ?",
                [.text(resource.rawValue), .text(id)]
            )?.int64(0) ?? 0
        }
    }

    /// Bumps the generation of `id` and answers the new one.
    func bump(_ resource: EmbedResource, id: String, organizationID: String, at time: Int64) async throws -> Int64 {
        try await db.write { c in
            _ = try c.run(
                """
                INSERT INTO embed_generations(resource_type, resource_id, organization_id, generation, updated_at)
                VALUES (?, ?, ?, 1, ?)
                ON CONFLICT(resource_type, resource_id) DO UPDATE SET generation = generation + 1,
                    updated_at = excluded.updated_at
                """, [.text(resource.rawValue), .text(id), .text(organizationID), .integer(time)])
            return try c.query(
                "SELECT generation FROM embed_generations WHERE resource_type = ? AND resource_id = ?",
                [.text(resource.rawValue), .text(id)]
            ).rows.first?.first?.int ?? 1
        }
    }
}
