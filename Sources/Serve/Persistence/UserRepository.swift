/// Users, scoped by organization. `organizationID == nil` means any organization (platform
/// administrators only).
protocol UserRepository: Sendable {
    /// Stores a new user; `CONFLICT` when the email is taken.
    func create(_ user: UserRecord) async throws
    func find(id: String, organizationID: String?) async throws -> UserRecord?
    func find(email: String) async throws -> UserRecord?
    func update(_ user: UserRecord) async throws
    func list(_ filter: UserFilter, page: Page) async throws -> (users: [UserRecord], total: Int)
    func recordLogin(userID: String, at time: Int64) async throws
    /// The user `id` (in `organizationID` when given) with its organization's name and usage
    /// counters, read together: a profile costs one keyed read, not three.
    func profile(id: String, organizationID: String?) async throws -> UserProfileRecord?
    func isEmpty() async throws -> Bool
}

/// Filters of `GET /users`.
struct UserFilter: Sendable {
    var organizationID: String?
    var role: Role?
    var status: UserRecord.Status?
}

/// Counters shown in a user profile.
struct UserStatistics: Sendable, Equatable {
    var chartsCreated: Int
    var lastLogin: Int64?
    var totalUsageTime: Int64
}

/// A page request: 1-based page, items per page.
struct Page: Sendable {
    var number: Int
    var limit: Int
    var offset: Int { (number - 1) * limit }
}
