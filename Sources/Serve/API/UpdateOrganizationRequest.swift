import Foundation

/// `PUT /organizations/{organization_id}` body: a new name and any settings keys; keys left
/// out keep their value.
struct UpdateOrganizationRequest: Decodable, Sendable {
    struct Settings: Decodable, Sendable {
        let maxUsers: Int?
        let dataRetentionDays: Int?
        let aiModelAccess: [String]?
        let embed: Embed?

        enum CodingKeys: String, CodingKey {
            case maxUsers = "max_users"
            case dataRetentionDays = "data_retention_days"
            case aiModelAccess = "ai_model_access"
            case embed
        }
    }

    struct Embed: Decodable, Sendable {
        let allowedOrigins: [String]?

        enum CodingKeys: String, CodingKey {
            case allowedOrigins = "allowed_origins"
        }
    }

    let name: String?
    let settings: Settings?

    /// `organization` with the changes applied, every fault named in one `VALIDATION_ERROR`.
    func applied(to organization: OrganizationRecord, production: Bool) throws -> OrganizationRecord {
        var o = organization
        var problems: [String: String] = [:]
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || name.count > 200 {
                problems["name"] = "1 to 200 characters."
            } else {
                o.name = trimmed
            }
        }
        if let s = settings {
            if let n = s.maxUsers {
                if (1...1_000_000).contains(n) {
                    o.settings.maxUsers = n
                } else {
                    problems["settings.max_users"] = "Must be from 1 to 1000000."
                }
            }
            if let n = s.dataRetentionDays {
                if (1...100_000).contains(n) {
                    o.settings.dataRetentionDays = n
                } else {
                    problems["settings.data_retention_days"] = "Must be from 1 to 100000."
                }
            }
            if let models = s.aiModelAccess {
                if models.count <= 50 && models.allSatisfy({ $0.count <= 100 }) {
                    o.settings.aiModelAccess = models
                } else {
                    problems["settings.ai_model_access"] = "At most 50 names of at most 100 characters."
                }
            }
            if let origins = s.embed?.allowedOrigins {
                do {
                    o.settings.embed.allowedOrigins = try EmbedOrigins.normalize(origins, production: production)
                } catch let error as APIError {
                    problems.merge(error.details) { a, _ in a }
                }
            }
        }
        if !problems.isEmpty { throw APIError.validation(problems) }
        return o
    }
}
