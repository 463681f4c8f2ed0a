/// A member's role inside an organization. Order matters: `viewer` < `user` < `admin`.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    case viewer, user, admin

    var rank: Int {
        switch self {
        case .viewer: return 0
        case .user: return 1
        case .admin: return 2
        }
    }

    public static func < (a: Role, b: Role) -> Bool { a.rank < b.rank }
}
