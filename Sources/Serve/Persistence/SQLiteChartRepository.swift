import Engine
import Foundation

/// `ChartRepository` on the SQLite metadata database.
struct SQLiteChartRepository: ChartRepository {
    let db: MetadataStore

    static let columns =
        "id, organization_id, user_id, data_source_id, query, title, chart_type, options, chart_data, insights, interpretation, created_at, updated_at, public, version"

    static func record(_ r: [SQLValue]) -> ChartRecord {
        ChartRecord(
            id: r.text(0), organizationID: r.text(1), userID: r.text(2), dataSourceID: r.text(3), query: r.text(4),
            title: r.optionalText(5),
            options: StoredJSON.decode([String: JSONValue].self, r.text(7), default: [:]),
            chartData: StoredJSON.decode(
                ChartData.self, r.text(8), default: ChartData(type: ChartType(rawValue: r.text(6)) ?? .bar)),
            insights: StoredJSON.decode([InsightDTO].self, r.text(9), default: []), interpretation: r.text(10),
            createdAt: r.int64(11), updatedAt: r.int64(12), isPublic: r.int64(13) != 0, version: r.int64(14))
    }

    func create(_ c: ChartRecord) async throws {
        _ = try await db.write { db in
            try db.transaction {
                try db.run(
                    "INSERT INTO charts(\(Self.columns)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [
                        .text(c.id), .text(c.organizationID), .text(c.userID), .text(c.dataSourceID), .text(c.query),
                        .optional(c.title), .text(c.chartType), .text(StoredJSON.encode(c.options)),
                        .text(StoredJSON.encode(c.chartData)), .text(StoredJSON.encode(c.insights)),
                        .text(c.interpretation), .integer(c.createdAt), .integer(c.updatedAt),
                        .integer(c.isPublic ? 1 : 0), .integer(c.version),
                    ])
                try db.run("UPDATE users SET charts_created = charts_created + 1 WHERE id = ?", [.text(c.userID)])
                try WebhookOutbox.enqueue(
                    .chartCreated, organizationID: c.organizationID, userID: c.userID,
                    data: ["chart_id": c.id, "query": c.query, "data_source_id": c.dataSourceID], at: c.createdAt,
                    on: db)
            }
        }
    }

    func find(id: String, organizationID: String) async throws -> ChartRecord? {
        try db.lookup { c in
            try c.rows(
                "SELECT \(Self.columns) FROM charts WHERE id = ? AND organization_id = ?",
                [.text(id), .text(organizationID)]
            )
            .first.map(Self.record)
        }
    }

    func find(id: String) async throws -> ChartRecord? {
        try db.lookup { c in
            try c.rows("SELECT \(Self.columns) FROM charts WHERE id = ?", [.text(id)]).first.map(Self.record)
        }
    }

    func list(_ f: ChartFilter, page: Page) async throws -> (charts: [ChartRecord], total: Int) {
        try await db.read { c in
            var clauses = ["organization_id = ?"]
            var values: [SQLValue] = [.text(f.organizationID)]
            if let text = f.text {
                let match = try SQLiteSearchRepository.filter(column: "id", kind: "chart", text: text, on: c)
                clauses.append(match.clause)
                values += match.values
            }
            if let type = f.chartType {
                clauses.append("chart_type = ?")
                values.append(.text(type))
            }
            if let source = f.dataSourceID {
                clauses.append("data_source_id = ?")
                values.append(.text(source))
            }
            if let after = f.createdAfter {
                clauses.append("created_at > ?")
                values.append(.integer(after))
            }
            let filter = "WHERE " + clauses.joined(separator: " AND ")
            // The sort column and direction come from closed enumerations, never from the request text.
            let column = f.sortBy == .query ? "query COLLATE NOCASE" : f.sortBy.rawValue
            let direction = f.sortOrder == .asc ? "ASC" : "DESC"
            let total = try c.rows("SELECT count(*) FROM charts \(filter)", values).first?.first?.int ?? 0
            let rows = try c.rows(
                "SELECT \(Self.columns) FROM charts \(filter) ORDER BY \(column) \(direction), id \(direction) LIMIT ? OFFSET ?",
                values + [.integer(Int64(page.limit)), .integer(Int64(page.offset))])
            return (rows.map(Self.record), Int(total))
        }
    }

    func update(_ c: ChartRecord) async throws -> Bool {
        try await db.write { db in
            try db.transaction {
                let changed =
                    try db.run(
                        "UPDATE charts SET title = ?, chart_type = ?, options = ?, chart_data = ?, updated_at = ?, public = ?, version = version + 1 WHERE id = ? AND organization_id = ?",
                        [
                            .optional(c.title), .text(c.chartType), .text(StoredJSON.encode(c.options)),
                            .text(StoredJSON.encode(c.chartData)), .integer(c.updatedAt), .integer(c.isPublic ? 1 : 0),
                            .text(c.id),
                            .text(c.organizationID),
                        ]) > 0
                if changed {
                    try WebhookOutbox.enqueue(
                        .chartUpdated, organizationID: c.organizationID, userID: c.userID,
                        data: ["chart_id": c.id, "query": c.query], at: c.updatedAt, on: db)
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
                        "SELECT user_id FROM charts WHERE id = ? AND organization_id = ?",
                        [.text(id), .text(organizationID)]
                    ).rows.first?.text(0)
                else { return false }
                _ = try c.run("DELETE FROM charts WHERE id = ?", [.text(id)])
                try WebhookOutbox.enqueue(
                    .chartDeleted, organizationID: organizationID, userID: owner, data: ["chart_id": id],
                    at: Int64(Date().timeIntervalSince1970), on: c)
                return true
            }
        }
    }
}
