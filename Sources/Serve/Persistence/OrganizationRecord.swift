/// A stored organization.
struct OrganizationRecord: Sendable, Equatable {
    var id: String
    var name: String
    var domain: String?
    var plan: String
    var status: String
    var settings: OrganizationSettings
    var createdAt: Int64
}

/// An organization's settings as the API shows them.
struct OrganizationSettings: Codable, Sendable, Equatable {
    var maxUsers: Int = 100
    var dataRetentionDays: Int = 365
    var aiModelAccess: [String] = []

    enum CodingKeys: String, CodingKey {
        case maxUsers = "max_users"
        case dataRetentionDays = "data_retention_days"
        case aiModelAccess = "ai_model_access"
    }
}

/// What an organization uses right now.
struct OrganizationUsage: Sendable, Equatable {
    var currentUsers: Int
    var dataStorageBytes: Int64
    var apiCallsMonth: Int
}
