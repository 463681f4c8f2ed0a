import Engine
import Foundation

/// `DataSourceRepository` on the SQLite metadata database.
struct SQLiteDataSourceRepository: DataSourceRepository {
    let db: MetadataStore

    static let columns =
        "id, organization_id, user_id, name, description, file_name, table_name, file_type, file_size, row_count, column_count, schema, profile, tags, created_at, connection, password_sealed"

    static func record(_ r: [SQLValue]) -> DataSourceRecord {
        DataSourceRecord(
            id: r.text(0), organizationID: r.text(1), userID: r.text(2), name: r.text(3),
            description: r.optionalText(4), fileName: r.text(5), tableName: r.text(6), fileType: r.text(7),
            fileSize: r.int64(8), rowCount: Int(r.int64(9)), columnCount: Int(r.int64(10)),
            schema: StoredJSON.decode([DataSourceRecord.ColumnEntry].self, r.text(11), default: []),
            profileJSON: r.text(12), tags: StoredJSON.decode([String].self, r.text(13), default: []),
            createdAt: r.int64(14), warehouse: warehouse(r.optionalText(15), sealed: r.optionalText(16)))
    }

    static func warehouse(_ json: String?, sealed: String?) -> WarehouseSourceRecord? {
        guard let json, var w = StoredJSON.decode(WarehouseSourceRecord?.self, json, default: nil) else { return nil }
        w.sealedPassword = sealed ?? ""
        return w
    }

    func create(_ s: DataSourceRecord) async throws {
        _ = try await db.write { c in
            try c.transaction {
                _ = try c.run(
                    "INSERT INTO data_sources(\(Self.columns)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [
                        .text(s.id), .text(s.organizationID), .text(s.userID), .text(s.name), .optional(s.description),
                        .text(s.fileName), .text(s.tableName), .text(s.fileType), .integer(s.fileSize),
                        .integer(Int64(s.rowCount)),
                        .integer(Int64(s.columnCount)), .text(StoredJSON.encode(s.schema)), .text(s.profileJSON),
                        .text(StoredJSON.encode(s.tags)), .integer(s.createdAt),
                        .optional(s.warehouse.map { StoredJSON.encode($0) }), .optional(s.warehouse?.sealedPassword),
                    ])
                try WebhookOutbox.enqueue(
                    .dataUploaded, organizationID: s.organizationID, userID: s.userID,
                    data: ["data_source_id": s.id, "name": s.name, "file_size": String(s.fileSize)], at: s.createdAt,
                    on: c)
            }
        }
    }

    func replaceFile(_ s: DataSourceRecord, by userID: String, at time: Int64) async throws -> Bool {
        try await db.write { c in
            try c.transaction {
                let changed =
                    try c.run(
                        "UPDATE data_sources SET file_name = ?, file_type = ?, file_size = ?, row_count = ?, column_count = ?, schema = ?, profile = ? WHERE id = ? AND organization_id = ?",
                        [
                            .text(s.fileName), .text(s.fileType), .integer(s.fileSize), .integer(Int64(s.rowCount)),
                            .integer(Int64(s.columnCount)), .text(StoredJSON.encode(s.schema)), .text(s.profileJSON),
                            .text(s.id), .text(s.organizationID),
                        ]) > 0
                guard changed else { return false }
                // New data under the same id is an upload to whoever listens for uploads.
                try WebhookOutbox.enqueue(
                    .dataUploaded, organizationID: s.organizationID, userID: userID,
                    data: [
                        "data_source_id": s.id, "name": s.name, "file_size": String(s.fileSize), "replaced": "true",
                    ], at: time, on: c)
                return true
            }
        }
    }

    static let findByIDSQL = "SELECT \(columns) FROM data_sources WHERE id = ? AND organization_id = ?"

    func find(id: String, organizationID: String) async throws -> DataSourceRecord? {
        try db.lookup { c in
            try c.firstRow(Self.findByIDSQL, [.text(id), .text(organizationID)]).map(Self.record)
        }
    }

    func profileJSON(id: String, organizationID: String) async throws -> String? {
        try db.lookup { c in
            try c.firstRow(
                "SELECT profile FROM data_sources WHERE id = ? AND organization_id = ?",
                [.text(id), .text(organizationID)]
            ).map { $0.text(0) }
        }
    }

    @discardableResult
    func updateProfile(id: String, organizationID: String, json: String) async throws -> Bool {
        try await db.write { c in
            try c.run(
                "UPDATE data_sources SET profile = ? WHERE id = ? AND organization_id = ?",
                [.text(json), .text(id), .text(organizationID)]) > 0
        }
    }

    func find(name: String, organizationID: String) async throws -> DataSourceRecord? {
        try db.lookup { c in
            try c.rows(
                "SELECT \(Self.columns) FROM data_sources WHERE name = ? AND organization_id = ? ORDER BY created_at DESC, id LIMIT 1",
                [.text(name), .text(organizationID)]
            ).first.map(Self.record)
        }
    }

    func list(_ f: DataSourceFilter, page: Page) async throws -> (sources: [DataSourceRecord], total: Int) {
        try await db.read { c in
            var clauses = ["organization_id = ?"]
            var values: [SQLValue] = [.text(f.organizationID)]
            for tag in f.tags {
                clauses.append("EXISTS (SELECT 1 FROM json_each(data_sources.tags) WHERE value = ?)")
                values.append(.text(tag))
            }
            if let after = f.createdAfter {
                clauses.append("created_at > ?")
                values.append(.integer(after))
            }
            if let type = f.fileType {
                clauses.append("file_type = ?")
                values.append(.text(type))
            }
            let filter = "WHERE " + clauses.joined(separator: " AND ")
            let total = try c.rows("SELECT count(*) FROM data_sources \(filter)", values).first?.first?.int ?? 0
            let rows = try c.rows(
                "SELECT \(Self.columns) FROM data_sources \(filter) ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                values + [.integer(Int64(page.limit)), .integer(Int64(page.offset))])
            return (rows.map(Self.record), Int(total))
        }
    }

    func delete(id: String, organizationID: String) async throws -> Bool {
        try await db.write { c in
            try c.transaction {
                guard
                    let owner = try c.query(
                        "SELECT user_id FROM data_sources WHERE id = ? AND organization_id = ?",
                        [.text(id), .text(organizationID)]
                    ).rows.first?.text(0)
                else { return false }
                _ = try c.run("DELETE FROM data_sources WHERE id = ?", [.text(id)])
                try WebhookOutbox.enqueue(
                    .dataDeleted, organizationID: organizationID, userID: owner, data: ["data_source_id": id],
                    at: Int64(Date().timeIntervalSince1970), on: c)
                return true
            }
        }
    }

    func allIDs() async throws -> Set<String> {
        try await db.read { c in Set(try c.rows("SELECT id FROM data_sources").map { $0.text(0) }) }
    }
}
