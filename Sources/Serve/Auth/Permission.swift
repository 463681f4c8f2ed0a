/// What a caller may do. `Permission.matrix` is the documented permission matrix; routes name
/// the permission they need and the reference page is generated from the same table.
public enum Permission: String, Sendable, CaseIterable {
    case readOwnProfile = "read and update own profile"
    case readOrganization = "read own organization and its members"
    case readUsers = "read other users of the organization"
    case manageUsers = "create users, change roles and status"
    case manageOwnAPIKeys = "create, list and revoke own API keys"
    case readData = "list data sources and read schemas"
    case uploadData = "upload data sources"
    case deleteData = "delete data sources (users: only their own)"
    case createCharts =
        "ask questions: create, update and delete charts, analyses and workflows (users: only their own)"
    case manageOrganizations = "create organizations, manage users of any organization"
    case manageOrganization = "change own organization's name and settings (embed origins)"
    case manageWebhooks = "create, change and delete the organization's webhooks and see their deliveries"

    /// Which roles hold which permission. The platform administrator holds every permission.
    public static let matrix: [Permission: Set<Role>] = [
        .readOwnProfile: [.viewer, .user, .admin],
        .readOrganization: [.viewer, .user, .admin],
        .readUsers: [.admin],
        .manageUsers: [.admin],
        .manageOwnAPIKeys: [.user, .admin],
        .readData: [.viewer, .user, .admin],
        .uploadData: [.user, .admin],
        .deleteData: [.user, .admin],
        .createCharts: [.user, .admin],
        .manageOrganizations: [],
        .manageOrganization: [.admin],
        .manageWebhooks: [.admin],
    ]

    /// Whether `role` (or a platform administrator) holds this permission.
    public func isGranted(to role: Role, platformAdmin: Bool) -> Bool {
        platformAdmin || (Self.matrix[self]?.contains(role) ?? false)
    }
}
