/// API keys, stored as prefix + SHA-256 hash.
protocol APIKeyRepository: Sendable {
    func create(_ key: APIKeyRecord) async throws
    /// The unrevoked keys of `userID`, newest first.
    func list(userID: String) async throws -> [APIKeyRecord]
    /// An unrevoked key by id, visible to `userID` (or to anyone in `organizationID` when given).
    func find(id: String, userID: String, organizationID: String?) async throws -> APIKeyRecord?
    func revoke(id: String, now: Int64) async throws
    /// The unrevoked key with this hash and its active owner.
    func authenticate(hash: String, now: Int64) async throws -> (key: APIKeyRecord, user: UserRecord)?
}
