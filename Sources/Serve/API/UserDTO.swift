/// A user as the API shows it (`POST /users`, lists, members).
struct UserDTO: Encodable, Sendable {
    let userID: String
    let email: String
    let username: String
    let firstName: String?
    let lastName: String?
    let role: Role
    let organization: String
    let organizationID: String
    let platformAdmin: Bool
    let createdAt: String
    let status: UserRecord.Status

    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case email, username
        case firstName = "first_name"
        case lastName = "last_name"
        case role, organization
        case organizationID = "organization_id"
        case platformAdmin = "platform_admin"
        case createdAt = "created_at"
        case status
    }

    init(_ u: UserRecord, organization: String) {
        userID = u.id
        email = u.email
        username = u.username
        firstName = u.firstName
        lastName = u.lastName
        role = u.role
        self.organization = organization
        organizationID = u.organizationID
        platformAdmin = u.isPlatformAdmin
        createdAt = Timestamp.string(epoch: u.createdAt)
        status = u.status
    }
}

/// A user profile (`GET/PUT /users/{user_id}`): the user plus preferences and statistics.
struct UserProfileDTO: Encodable, Sendable {
    struct Statistics: Encodable, Sendable {
        let chartsCreated: Int
        let lastLogin: String?
        let totalUsageTime: Int64
        enum CodingKeys: String, CodingKey {
            case chartsCreated = "charts_created"
            case lastLogin = "last_login"
            case totalUsageTime = "total_usage_time"
        }

        /// `last_login` is `null` before the first login, never left out.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(chartsCreated, forKey: .chartsCreated)
            try c.encode(lastLogin, forKey: .lastLogin)
            try c.encode(totalUsageTime, forKey: .totalUsageTime)
        }
    }

    let user: UserDTO
    let preferences: Preferences
    let statistics: Statistics

    func encode(to encoder: any Encoder) throws {
        try user.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(preferences, forKey: .preferences)
        try c.encode(statistics, forKey: .statistics)
    }

    enum Keys: String, CodingKey { case preferences, statistics }
}

/// `GET /users` and members listings.
struct UserListDTO: Encodable, Sendable {
    let users: [UserDTO]
    let pagination: Pagination
}
