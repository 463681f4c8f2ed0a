/// The rate-limit categories of the reference's table.
public enum RateCategory: String, Sendable, CaseIterable, Hashable {
    case auth, analytics, ai, data, users, general

    /// Requests per window by default (the one place these defaults are written).
    public var defaultLimit: Int {
        switch self {
        case .auth: return 5
        case .analytics: return 100
        case .ai: return 50
        case .data: return 20
        case .users: return 10
        case .general: return 300
        }
    }

    /// The name in the reference's table.
    public var title: String {
        switch self {
        case .auth: return "Authentication"
        case .analytics: return "Analytics"
        case .ai: return "AI Analysis"
        case .data: return "Data Management"
        case .users: return "User Management"
        case .general: return "Everything else under /api/v1"
        }
    }
}
