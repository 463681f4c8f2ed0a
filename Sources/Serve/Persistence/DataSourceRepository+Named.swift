extension DataSourceRepository {
    /// The organization's source with this id, else the newest with this name; 404 naming
    /// `data_source` when there is neither.
    func named(_ idOrName: String, organizationID: String) async throws -> DataSourceRecord {
        if let s = try await find(id: idOrName, organizationID: organizationID) { return s }
        if let s = try await find(name: idOrName, organizationID: organizationID) { return s }
        throw APIError(
            .resourceNotFound, "No data source with this id or name in your organization.",
            details: ["data_source": "Not found."])
    }
}
