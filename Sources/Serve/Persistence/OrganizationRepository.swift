/// Organizations and their usage counters.
protocol OrganizationRepository: Sendable {
    /// Stores a new organization; `CONFLICT` when the name is taken.
    func create(_ organization: OrganizationRecord) async throws
    /// Replaces name and settings; `CONFLICT` when the new name is taken, `false` when there was none.
    func update(_ organization: OrganizationRecord) async throws -> Bool
    func find(id: String) async throws -> OrganizationRecord?
    func find(name: String) async throws -> OrganizationRecord?
    /// Only the name of the organization with this id.
    func name(id: String) async throws -> String?
    /// Current users, stored bytes and API calls in `month` (`2024-01`).
    func usage(organizationID: String, month: String) async throws -> OrganizationUsage
    /// Adds `count` API calls to `month`.
    func countCalls(organizationID: String, month: String, count: Int) async throws
}
