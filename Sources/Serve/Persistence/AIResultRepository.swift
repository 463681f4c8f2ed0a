/// Stored answers of the AI endpoints (analyses, workflow runs), scoped by organization. The
/// answer's `data` object is kept as JSON text and served as stored.
protocol AIResultRepository: Sendable {
    func create(_ result: AIResultRecord) async throws
    /// The stored `data` JSON of the result of `kind` with this id in the organization.
    func find(id: String, kind: AIResultRecord.Kind, organizationID: String) async throws -> String?
}

/// One stored analysis or workflow run.
struct AIResultRecord: Sendable, Equatable {
    enum Kind: String, Sendable { case analysis, workflow }

    var id: String
    var kind: Kind
    var organizationID: String
    var userID: String
    var dataSourceID: String
    var json: String
    var createdAt: Int64
}
