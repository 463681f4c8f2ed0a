/// The authenticated caller of one request.
public struct Identity: Sendable, Equatable {
    /// How the caller authenticated.
    public enum Credential: Sendable, Equatable {
        /// An access token of a login session (refresh-token family id).
        case session(String)
        /// An API key (its id).
        case apiKey(String)
    }

    public let userID: String
    public let organizationID: String
    /// The effective role: the user's role, narrowed by an API key's scope.
    public let role: Role
    public let isPlatformAdmin: Bool
    public let credential: Credential

    /// The rate-limit key: per API key, else per user.
    var rateKey: String {
        if case .apiKey(let id) = credential { return id }
        return userID
    }

    /// Whether this caller holds `permission`.
    func can(_ permission: Permission) -> Bool {
        permission.isGranted(to: role, platformAdmin: isPlatformAdmin)
    }

    /// Throws `PERMISSION_DENIED` unless this caller holds `permission`.
    func require(_ permission: Permission) throws {
        guard can(permission) else { throw APIError.forbidden }
    }

    /// The object-level rule for changing a resource of the organization: members change only
    /// what they own (`ownerID`), administrators anything; otherwise `PERMISSION_DENIED` with
    /// `refusal` as its message.
    func requireOwnership(of ownerID: String, _ refusal: String) throws {
        if role < .admin && !isPlatformAdmin && ownerID != userID {
            throw APIError(.permissionDenied, refusal)
        }
    }
}
