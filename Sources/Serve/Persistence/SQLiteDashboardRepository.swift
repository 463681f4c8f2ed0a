import Engine
import Foundation

/// `DashboardRepository` on the SQLite metadata database.
struct SQLiteDashboardRepository: DashboardRepository {
    let db: MetadataStore

    static let columns = "id, organization_id, user_id, name, description, layout, settings, created_at, updated_at"

    static func record(_ r: [SQLValue]) -> DashboardRecord {
        DashboardRecord(
            id: r.text(0), organizationID: r.text(1), userID: r.text(2), name: r.text(3),
            description: r.optionalText(4),
            layout: StoredJSON.decode([DashboardItem].self, r.text(5), default: []),
            settings: StoredJSON.decode(DashboardSettings.self, r.text(6), default: DashboardSettings()),
            createdAt: r.int64(7), updatedAt: r.int64(8))
    }

    func create(_ d: DashboardRecord) async throws {
        _ = try await db.write { db in
            try db.transaction {
                try db.run(
                    "INSERT INTO dashboards(\(Self.columns)) VALUES (?,?,?,?,?,?,?,?,?)",
                    [
                        .text(d.id), .text(d.organizationID), .text(d.userID), .text(d.name),
                        .optional(d.description), .text(StoredJSON.encode(d.layout)),
                        .text(StoredJSON.encode(d.settings)), .integer(d.createdAt), .integer(d.updatedAt),
                    ])
                try WebhookOutbox.enqueue(
                    .dashboardCreated, organizationID: d.organizationID, userID: d.userID,
                    data: ["dashboard_id": d.id, "name": d.name], at: d.createdAt, on: db)
            }
        }
    }

    func find(id: String, organizationID: String) async throws -> DashboardRecord? {
        try db.lookup { c in
            try c.rows(
                "SELECT \(Self.columns) FROM dashboards WHERE id = ? AND organization_id = ?",
                [.text(id), .text(organizationID)]
            ).first.map(Self.record)
        }
    }

    func find(id: String) async throws -> DashboardRecord? {
        try db.lookup { c in
            try c.rows("SELECT \(Self.columns) FROM dashboards WHERE id = ?", [.text(id)]).first.map(Self.record)
        }
    }

    func list(_ f: DashboardFilter, page: Page) async throws -> (dashboards: [DashboardRecord], total: Int) {
        try await db.read { c in
            var clauses = ["organization_id = ?"]
            var values: [SQLValue] = [.text(f.organizationID)]
            if let text = f.search {
                let match = try SQLiteSearchRepository.filter(column: "id", kind: "dashboard", text: text, on: c)
                clauses.append(match.clause)
                values += match.values
            }
            let filter = "WHERE " + clauses.joined(separator: " AND ")
            // The sort column and direction come from closed enumerations, never from the request text.
            let column = f.sortBy == .name ? "name COLLATE NOCASE" : f.sortBy.rawValue
            let direction = f.sortOrder == .asc ? "ASC" : "DESC"
            let total = try c.rows("SELECT count(*) FROM dashboards \(filter)", values).first?.first?.int ?? 0
            let rows = try c.rows(
                "SELECT \(Self.columns) FROM dashboards \(filter) ORDER BY \(column) \(direction), id \(direction) LIMIT ? OFFSET ?",
                values + [.integer(Int64(page.limit)), .integer(Int64(page.offset))])
            return (rows.map(Self.record), Int(total))
        }
    }

    func update(_ d: DashboardRecord) async throws -> Bool {
        try await db.write { db in
            try db.transaction {
                let changed =
                    try db.run(
                        "UPDATE dashboards SET name = ?, description = ?, layout = ?, settings = ?, updated_at = ? WHERE id = ? AND organization_id = ?",
                        [
                            .text(d.name), .optional(d.description), .text(StoredJSON.encode(d.layout)),
                            .text(StoredJSON.encode(d.settings)), .integer(d.updatedAt), .text(d.id),
                            .text(d.organizationID),
                        ]) > 0
                if changed {
                    try WebhookOutbox.enqueue(
                        .dashboardUpdated, organizationID: d.organizationID, userID: d.userID,
                        data: ["dashboard_id": d.id, "name": d.name], at: d.updatedAt, on: db)
                }
                return changed
            }
        }
    }

    func delete(id: String, organizationID: String) async throws -> Bool {
        try await db.write { c in
            try c.transaction {
                guard
                    let owner = try c.query(
                        "SELECT user_id FROM dashboards WHERE id = ? AND organization_id = ?",
                        [.text(id), .text(organizationID)]
                    ).rows.first?.text(0)
                else { return false }
                _ = try c.run("DELETE FROM dashboards WHERE id = ?", [.text(id)])
                try WebhookOutbox.enqueue(
                    .dashboardDeleted, organizationID: organizationID, userID: owner, data: ["dashboard_id": id],
                    at: Int64(Date().timeIntervalSince1970), on: c)
                return true
            }
        }
    }
}
