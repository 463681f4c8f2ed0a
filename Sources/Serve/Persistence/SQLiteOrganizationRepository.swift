import Engine

/// `OrganizationRepository` on the SQLite metadata database.
struct SQLiteOrganizationRepository: OrganizationRepository {
    let db: MetadataStore

    static let columns = "id, name, domain, plan, status, settings, created_at"

    static func record(_ r: [SQLValue]) -> OrganizationRecord {
        OrganizationRecord(
            id: r.text(0), name: r.text(1), domain: r.optionalText(2), plan: r.text(3), status: r.text(4),
            settings: StoredJSON.decode(OrganizationSettings.self, r.text(5), default: OrganizationSettings()),
            createdAt: r.int64(6))
    }

    func create(_ o: OrganizationRecord) async throws {
        try await db.write { c in
            if try !c.query("SELECT 1 FROM organizations WHERE name = ?", [.text(o.name)]).rows.isEmpty {
                throw APIError(
                    .conflict, "An organization with this name already exists.", details: ["name": "already taken"])
            }
            try c.run(
                "INSERT INTO organizations(\(Self.columns)) VALUES (?,?,?,?,?,?,?)",
                [
                    .text(o.id), .text(o.name), .optional(o.domain), .text(o.plan), .text(o.status),
                    .text(StoredJSON.encode(o.settings)), .integer(o.createdAt),
                ])
        }
    }

    func update(_ o: OrganizationRecord) async throws -> Bool {
        try await db.write { c in
            if try !c.query("SELECT 1 FROM organizations WHERE name = ? AND id <> ?", [.text(o.name), .text(o.id)]).rows
                .isEmpty
            {
                throw APIError(
                    .conflict, "An organization with this name already exists.", details: ["name": "already taken"])
            }
            return try c.run(
                "UPDATE organizations SET name = ?, settings = ? WHERE id = ?",
                [.text(o.name), .text(StoredJSON.encode(o.settings)), .text(o.id)]) > 0
        }
    }

    static let findByIDSQL = "SELECT \(columns) FROM organizations WHERE id = ?"

    func find(id: String) async throws -> OrganizationRecord? {
        try db.lookup { c in
            try c.firstRow(Self.findByIDSQL, [.text(id)]).map(Self.record)
        }
    }

    func name(id: String) async throws -> String? {
        try db.lookup { c in
            try c.firstRow("SELECT name FROM organizations WHERE id = ?", [.text(id)]).map { $0.text(0) }
        }
    }

    func find(name: String) async throws -> OrganizationRecord? {
        try db.lookup { c in
            try c.rows("SELECT \(Self.columns) FROM organizations WHERE name = ?", [.text(name)]).first.map(
                Self.record)
        }
    }

    func usage(organizationID: String, month: String) async throws -> OrganizationUsage {
        try await db.read { c in
            let r = try c.rows(
                """
                SELECT (SELECT count(*) FROM users WHERE organization_id = ?1 AND status = 'active'),
                       (SELECT coalesce(sum(file_size), 0) FROM data_sources WHERE organization_id = ?1),
                       (SELECT coalesce(sum(count), 0) FROM api_calls WHERE organization_id = ?1 AND month = ?2)
                """, [.text(organizationID), .text(month)]
            ).first
            return OrganizationUsage(
                currentUsers: Int(r?.int64(0) ?? 0), dataStorageBytes: r?.int64(1) ?? 0,
                apiCallsMonth: Int(r?.int64(2) ?? 0))
        }
    }

    func countCalls(organizationID: String, month: String, count: Int) async throws {
        try await db.write { c in
            _ = try c.run(
                "INSERT INTO api_calls(organization_id, month, count) VALUES (?, ?, ?) ON CONFLICT(organization_id, month) DO UPDATE SET count = count + excluded.count",
                [.text(organizationID), .text(month), .integer(Int64(count))])
        }
    }
}
