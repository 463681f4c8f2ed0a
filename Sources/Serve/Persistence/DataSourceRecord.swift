/// A stored data source; its rows live in `sources/<id>.sqlite`, or, for a warehouse source, in
/// the warehouse `warehouse` names.
struct DataSourceRecord: Sendable, Equatable {
    var id: String
    var organizationID: String
    var userID: String
    var name: String
    var description: String?
    var fileName: String
    /// The table inside the source's SQLite file.
    var tableName: String
    var fileType: String
    var fileSize: Int64
    var rowCount: Int
    var columnCount: Int
    /// Column name → logical type, in column order.
    var schema: [ColumnEntry]
    /// The profile JSON (the schema endpoint's `schema` + `statistics`).
    var profileJSON: String
    var tags: [String]
    var createdAt: Int64
    /// The connection of a warehouse source (`nil`: an uploaded file).
    var warehouse: WarehouseSourceRecord? = nil

    struct ColumnEntry: Sendable, Equatable, Codable {
        var name: String
        var type: String
    }
}
