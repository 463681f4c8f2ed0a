/// `POST /api-keys` body.
struct CreateAPIKeyRequest: Decodable, Sendable {
    let name: String
    /// A narrower role for the key; defaults to the creator's role.
    let role: Role?

    func validate() throws {
        if name.isEmpty || name.count > 100 { throw APIError.validation("name", "1 to 100 characters.") }
    }
}

/// An API key as listed (prefix only).
struct APIKeyDTO: Encodable, Sendable {
    let keyID: String
    let name: String
    let prefix: String
    let role: Role?
    let createdAt: String

    enum CodingKeys: String, CodingKey {
        case keyID = "key_id"
        case name, prefix, role
        case createdAt = "created_at"
    }

    init(_ k: APIKeyRecord) {
        keyID = k.id
        name = k.name
        prefix = k.prefix
        role = k.role
        createdAt = Timestamp.string(epoch: k.createdAt)
    }
}

/// The answer to creating a key: the only time the secret is shown.
struct CreatedAPIKeyDTO: Encodable, Sendable {
    let key: APIKeyDTO
    let apiKey: String

    func encode(to encoder: any Encoder) throws {
        try key.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(apiKey, forKey: .apiKey)
    }

    enum Keys: String, CodingKey { case apiKey = "api_key" }
}

/// `GET /api-keys`.
struct APIKeyListDTO: Encodable, Sendable {
    let apiKeys: [APIKeyDTO]
    enum CodingKeys: String, CodingKey { case apiKeys = "api_keys" }
}
