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
    /// Who may frame the organization's embeds.
    var embed = EmbedOriginSettings()

    enum CodingKeys: String, CodingKey {
        case maxUsers = "max_users"
        case dataRetentionDays = "data_retention_days"
        case aiModelAccess = "ai_model_access"
        case embed
    }

    init() {}

    /// `embed` may be left out (settings stored before it existed read back whole); the other
    /// keys are required, as the API's schema says.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        maxUsers = try c.decode(Int.self, forKey: .maxUsers)
        dataRetentionDays = try c.decode(Int.self, forKey: .dataRetentionDays)
        aiModelAccess = try c.decode([String].self, forKey: .aiModelAccess)
        if c.contains(.embed) { embed = try c.decode(EmbedOriginSettings.self, forKey: .embed) }
    }
}

/// `settings.embed`: the origins allowed to frame the organization's embeds (checked by
/// `EmbedOrigins`; none by default, so nothing is framable until an administrator says so).
struct EmbedOriginSettings: Codable, Sendable, Equatable {
    var allowedOrigins: [String] = []

    enum CodingKeys: String, CodingKey {
        case allowedOrigins = "allowed_origins"
    }

    init() {}
}

/// What an organization uses right now.
struct OrganizationUsage: Sendable, Equatable {
    var currentUsers: Int
    var dataStorageBytes: Int64
    var apiCallsMonth: Int
}
