import Foundation

/// `POST /organizations` body.
struct CreateOrganizationRequest: Decodable, Sendable {
    let name: String
    let domain: String?
    let plan: String?
    let settings: OrganizationSettings?

    func validate() throws {
        var problems: [String: String] = [:]
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || name.count > 200 {
            problems["name"] = "1 to 200 characters."
        }
        if let d = domain, d.isEmpty || d.count > 253 || d.contains(where: \.isWhitespace) {
            problems["domain"] = "Must be a domain name."
        }
        if let p = plan, !Self.plans.contains(p) {
            problems["plan"] = "Must be one of \(Self.plans.joined(separator: ", "))."
        }
        if let s = settings {
            if s.maxUsers < 1 { problems["settings.max_users"] = "Must be at least 1." }
            if s.dataRetentionDays < 1 { problems["settings.data_retention_days"] = "Must be at least 1." }
        }
        if !problems.isEmpty { throw APIError.validation(problems) }
    }

    static let plans = ["free", "pro", "enterprise"]
}

/// An organization as the API shows it.
struct OrganizationDTO: Encodable, Sendable {
    struct Usage: Encodable, Sendable {
        let currentUsers: Int
        let dataStorageGB: Double
        let apiCallsMonth: Int
        enum CodingKeys: String, CodingKey {
            case currentUsers = "current_users"
            case dataStorageGB = "data_storage_gb"
            case apiCallsMonth = "api_calls_month"
        }
    }

    let organizationID: String
    let name: String
    let domain: String?
    let plan: String
    let status: String
    let createdAt: String
    let settings: OrganizationSettings
    let usage: Usage

    enum CodingKeys: String, CodingKey {
        case organizationID = "organization_id"
        case name, domain, plan, status
        case createdAt = "created_at"
        case settings, usage
    }

    init(_ o: OrganizationRecord, usage u: OrganizationUsage) {
        organizationID = o.id
        name = o.name
        domain = o.domain
        plan = o.plan
        status = o.status
        createdAt = Timestamp.string(epoch: o.createdAt)
        settings = o.settings
        usage = Usage(
            currentUsers: u.currentUsers, dataStorageGB: (Double(u.dataStorageBytes) / 1e9 * 1e6).rounded() / 1e6,
            apiCallsMonth: u.apiCallsMonth)
    }
}
