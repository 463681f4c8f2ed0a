/// A data source as listed and as answered to an upload or a registration.
struct DataSourceDTO: Encodable, Sendable {
    let dataSourceID: String
    /// `file` for an upload, else the warehouse engine (`postgres`, `clickhouse`).
    let type: String
    let name: String
    let description: String?
    let fileName: String
    let fileType: String
    let fileSize: Int64
    let rows: Int
    let columns: Int
    let tags: [String]
    let schema: [String: String]?
    let uploadedAt: String
    /// Where a warehouse source's rows are; never its password.
    let connection: WarehouseSourceDTO?

    enum CodingKeys: String, CodingKey {
        case dataSourceID = "data_source_id"
        case name, description
        case fileName = "file_name"
        case fileType = "file_type"
        case fileSize = "file_size"
        case rows, columns, tags, schema
        case uploadedAt = "uploaded_at"
        case type, connection
    }

    init(_ s: DataSourceRecord, withSchema: Bool) {
        dataSourceID = s.id
        type = s.warehouse?.engine.rawValue ?? "file"
        name = s.name
        description = s.description
        fileName = s.fileName
        fileType = s.fileType
        fileSize = s.fileSize
        rows = s.rowCount
        columns = s.columnCount
        tags = s.tags
        schema = withSchema ? Dictionary(s.schema.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a }) : nil
        uploadedAt = Timestamp.string(epoch: s.createdAt)
        connection = s.warehouse.map(WarehouseSourceDTO.init)
    }
}

/// `GET /data/sources`.
struct DataSourceListDTO: Encodable, Sendable {
    let dataSources: [DataSourceDTO]
    let pagination: Pagination
    enum CodingKeys: String, CodingKey {
        case dataSources = "data_sources"
        case pagination
    }
}

/// `DELETE /data/sources/{id}`.
struct DeletedDataSourceDTO: Encodable, Sendable {
    let dataSourceID: String
    let deleted = true
    enum CodingKeys: String, CodingKey {
        case dataSourceID = "data_source_id"
        case deleted
    }
}
