/// Data-source metadata, scoped by organization.
protocol DataSourceRepository: Sendable {
    func create(_ source: DataSourceRecord) async throws
    func find(id: String, organizationID: String) async throws -> DataSourceRecord?
    /// Only the stored profile (a JSON object) of the organization's source with this id.
    func profileJSON(id: String, organizationID: String) async throws -> String?
    /// Stores the profile of the source's data, computed after the upload answered; `false`
    /// when there is no such source.
    @discardableResult
    func updateProfile(id: String, organizationID: String, json: String) async throws -> Bool
    /// The newest source of the organization with this name (names need not be unique).
    func find(name: String, organizationID: String) async throws -> DataSourceRecord?
    func list(_ filter: DataSourceFilter, page: Page) async throws -> (sources: [DataSourceRecord], total: Int)
    /// Removes the record; `false` when there was none in this organization.
    func delete(id: String, organizationID: String) async throws -> Bool
    /// Records a replaced file: name, type, size, rows, columns, schema and profile, and queues
    /// `data.uploaded` (with `replaced`) for the webhooks in the same transaction; `false` when
    /// there was no such source.
    func replaceFile(_ source: DataSourceRecord, by userID: String, at time: Int64) async throws -> Bool
    /// Every stored id (to clean up files without a record after a crash).
    func allIDs() async throws -> Set<String>
}

/// Filters of `GET /data/sources`.
struct DataSourceFilter: Sendable {
    var organizationID: String
    var tags: [String] = []
    var createdAfter: Int64?
    var fileType: String?
}
