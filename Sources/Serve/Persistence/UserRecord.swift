/// A stored user.
struct UserRecord: Sendable, Equatable {
    enum Status: String, Sendable, Codable, CaseIterable { case active, disabled }

    var id: String
    var organizationID: String
    var email: String
    var username: String
    var passwordHash: String
    var firstName: String?
    var lastName: String?
    var role: Role
    var isPlatformAdmin: Bool
    var status: Status
    var preferences: Preferences
    var createdAt: Int64
    var lastLogin: Int64?
}
