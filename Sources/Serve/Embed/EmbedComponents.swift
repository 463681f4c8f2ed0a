/// The named schemas of the embed endpoints and of `PUT /organizations/{id}`.
enum EmbedComponents {
    static let resourceType = JSONSchema.string(enumeration: EmbedResource.allCases.map(\.rawValue))
    static let origins = JSONSchema.array(
        .string(minLength: 1, maxLength: 300, pattern: #"^https?://[^/?#*\s]+/?$"#), maxItems: EmbedOrigins.maximum)
    static let originSettings = JSONSchema.object([("allowed_origins", origins)], required: ["allowed_origins"])

    static let schemas: [(String, JSONSchema)] = [
        (
            "UpdateOrganizationRequest",
            .request(
                [
                    ("name", .string(minLength: 1, maxLength: 200, pattern: #"\S"#)),
                    (
                        "settings",
                        .request(
                            [
                                ("max_users", .integer(minimum: 1, maximum: 1_000_000)),
                                ("data_retention_days", .integer(minimum: 1, maximum: 100_000)),
                                ("ai_model_access", .array(.string(maxLength: 100), maxItems: 50)),
                                ("embed", .request([("allowed_origins", origins)], required: [])),
                            ], required: [])
                    ),
                ], required: [])
        ),
        (
            "CreateEmbedTokenRequest",
            .request(
                [
                    ("resource_type", resourceType), ("resource_id", .string(minLength: 1, maxLength: 100)),
                    ("expires_in", .integer(minimum: 60, maximum: EmbedSettings().maxTokenSeconds)),
                    ("theme", .string(enumeration: EmbedTokenRequest.themes)),
                    ("params", .map(.string(maxLength: EmbedTokenRequest.maximumParamLength))),
                ], required: ["resource_type", "resource_id"])
        ),
        (
            "EmbedToken",
            .object(
                [
                    ("token", .text), ("url", .text), ("iframe_html", .text), ("expires_at", .dateTime),
                    ("resource_type", resourceType), ("resource_id", .text),
                ], required: ["token", "url", "iframe_html", "expires_at", "resource_type", "resource_id"])
        ),
        (
            "RevokeEmbedRequest",
            .request(
                [("resource_type", resourceType), ("resource_id", .string(minLength: 1, maxLength: 100))],
                required: ["resource_type", "resource_id"])
        ),
        (
            "EmbedRevocation",
            .object(
                [("resource_type", resourceType), ("resource_id", .text), ("generation", .integer(minimum: 1))],
                required: ["resource_type", "resource_id", "generation"])
        ),
    ]
}
