/// A stored API key: only a prefix and the SHA-256 hash of the secret are kept.
struct APIKeyRecord: Sendable, Equatable {
    var id: String
    var userID: String
    var organizationID: String
    var name: String
    var prefix: String
    var hash: String
    /// A narrower role than the creator's, when the key is scoped.
    var role: Role?
    var createdAt: Int64
    var lastUsedAt: Int64?
    var revokedAt: Int64?
}
