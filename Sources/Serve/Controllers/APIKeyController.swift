import Hummingbird

/// `/api/v1/api-keys`: create (secret shown once), list (prefix only), revoke.
struct APIKeyController: Controller {
    let backend: Backend

    struct Revoked: Encodable, Sendable {
        let keyID: String
        let revoked = true
        enum CodingKeys: String, CodingKey {
            case keyID = "key_id"
            case revoked
        }
    }

    var endpoints: [Endpoint] {
        let access = Route.Access.authenticated(.manageOwnAPIKeys)
        return [
            Endpoint(
                Route(
                    .post, "/api/v1/api-keys", id: "createAPIKey",
                    "Create an API key; the secret `api_key` is shown only in this answer.", tag: "api-keys",
                    access: access, category: .users,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("CreateAPIKeyRequest"), required: true),
                    success: (201, .reference("CreatedAPIKey"))),
                create),
            Endpoint(
                Route(
                    .get, "/api/v1/api-keys", id: "listAPIKeys", "List your API keys (prefixes only).", tag: "api-keys",
                    access: access, category: .users, success: (200, .reference("APIKeyList"))),
                list),
            Endpoint(
                Route(
                    .delete, "/api/v1/api-keys/{key_id}", id: "revokeAPIKey",
                    "Revoke an API key (your own; administrators any of the organization).", tag: "api-keys",
                    access: access, category: .users, success: (200, .reference("RevokedAPIKey"))),
                revoke),
        ]
    }

    @Sendable func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let body = try await JSONBody.decode(
            CreateAPIKeyRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        try body.validate()
        if let role = body.role, role > identity.role {
            throw APIError(
                .permissionDenied, "A key cannot have a broader role than yours (\(identity.role.rawValue)).")
        }
        let (secret, prefix) = APIKeySecret.generate()
        let record = APIKeyRecord(
            id: RandomToken.id("key_"), userID: identity.userID, organizationID: identity.organizationID,
            name: body.name, prefix: prefix, hash: RandomToken.sha256(secret),
            role: body.role ?? scopedRole(identity),
            createdAt: backend.epoch)
        try await backend.apiKeys.create(record)
        return try JSONBody.response(
            CreatedAPIKeyDTO(key: APIKeyDTO(record), apiKey: secret), status: .created,
            message: "API key created; store the secret now, it is not shown again")
    }

    /// A key made with a scoped key keeps that scope.
    private func scopedRole(_ identity: Identity) -> Role? {
        if case .apiKey = identity.credential { return identity.role }
        return nil
    }

    @Sendable func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let keys = try await backend.apiKeys.list(userID: identity.userID)
        return try JSONBody.response(APIKeyListDTO(apiKeys: keys.map(APIKeyDTO.init)))
    }

    @Sendable func revoke(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let id = try context.parameters.require("key_id")
        let orgWide = identity.can(.manageUsers) ? identity.organizationID : nil
        guard let key = try await backend.apiKeys.find(id: id, userID: identity.userID, organizationID: orgWide) else {
            throw APIError.notFound
        }
        try await backend.apiKeys.revoke(id: key.id, now: backend.epoch)
        return try JSONBody.response(Revoked(keyID: key.id), message: "API key revoked")
    }
}
