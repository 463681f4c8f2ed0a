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

    /// Keys left out keep their defaults (settings stored before a key existed read back whole).
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = OrganizationSettings()
        maxUsers = try c.decodeIfPresent(Int.self, forKey: .maxUsers) ?? d.maxUsers
        dataRetentionDays = try c.decodeIfPresent(Int.self, forKey: .dataRetentionDays) ?? d.dataRetentionDays
        aiModelAccess = try c.decodeIfPresent([String].self, forKey: .aiModelAccess) ?? d.aiModelAccess
        embed = try c.decodeIfPresent(EmbedOriginSettings.self, forKey: .embed) ?? d.embed
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

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        allowedOrigins = try c.decodeIfPresent([String].self, forKey: .allowedOrigins) ?? []
    }
}

/// What an organization uses right now.
struct OrganizationUsage: Sendable, Equatable {
    var currentUsers: Int
    var dataStorageBytes: Int64
    var apiCallsMonth: Int
}
