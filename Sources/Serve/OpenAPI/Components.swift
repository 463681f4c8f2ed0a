/// The named schemas of the OpenAPI document (`#/components/schemas/…`).
enum Components {
    static let email = JSONSchema.string(maxLength: UserValidation.emailMaxLength, pattern: UserValidation.emailPattern)
    static let password = JSONSchema.string(
        minLength: UserValidation.passwordLength.lowerBound, maxLength: UserValidation.passwordLength.upperBound,
        pattern: #"^[^\x00]*$"#)
    static let role = JSONSchema.string(enumeration: Role.allCases.map(\.rawValue))
    static let status = JSONSchema.string(enumeration: UserRecord.Status.allCases.map(\.rawValue))
    static let name100 = JSONSchema.string(maxLength: 100)

    static let schemas: [(String, JSONSchema)] =
        [
            ("HealthStatus", .object([("status", .text), ("version", .text)], required: ["status", "version"])),
            (
                "Pagination",
                .object(
                    [("page", .integer()), ("limit", .integer()), ("total", .integer()), ("pages", .integer())],
                    required: ["page", "limit", "total", "pages"])
            ),
            (
                "LoginRequest",
                .request(
                    [("email", .string(maxLength: 254)), ("password", .string(maxLength: 1000))],
                    required: ["email", "password"])
            ),
            ("RefreshRequest", .request([("refresh_token", .string(maxLength: 200))], required: [])),
            (
                "LoginForm",
                .request(
                    [
                        ("email", .string(maxLength: 254)), ("password", .string(maxLength: 1000)),
                        ("csrf", .string(maxLength: 64)), ("next", .string(maxLength: 2000)),
                    ], required: ["email", "password", "csrf"])
            ),
            ("LogoutForm", .request([("csrf", .string(maxLength: 64))], required: ["csrf"])),
            (
                "TokenResponse",
                .object(
                    [
                        ("access_token", .text), ("token_type", .string(enumeration: ["bearer"])),
                        ("expires_in", .integer()),
                        ("refresh_token", .text),
                        (
                            "user",
                            .object(
                                [("id", .text), ("email", .text), ("username", .text), ("role", role)],
                                required: ["id", "email", "username", "role"])
                        ),
                    ], required: ["access_token", "token_type", "expires_in", "refresh_token"])
            ),
            ("LogoutResponse", .object([("logged_out", .boolean)], required: ["logged_out"])),
            (
                "CreateAPIKeyRequest",
                .request([("name", .string(minLength: 1, maxLength: 100)), ("role", role)], required: ["name"])
            ),
            ("APIKey", apiKey),
            (
                "CreatedAPIKey",
                .object(
                    apiKeyProperties + [("api_key", .text)],
                    required: ["key_id", "name", "prefix", "created_at", "api_key"])
            ),
            ("APIKeyList", .object([("api_keys", .array(.reference("APIKey")))], required: ["api_keys"])),
            ("RevokedAPIKey", .object([("key_id", .text), ("revoked", .boolean)], required: ["key_id", "revoked"])),
            (
                "CreateUserRequest",
                .request(
                    [
                        ("email", email), ("username", .string(minLength: 1, maxLength: 64)), ("password", password),
                        ("first_name", name100), ("last_name", name100), ("role", role),
                        ("organization", .string(maxLength: 200)),
                    ], required: ["email", "password"])
            ),
            (
                "UpdateUserRequest",
                .request(
                    [
                        ("username", .string(minLength: 1, maxLength: 64)), ("first_name", name100),
                        ("last_name", name100),
                        ("password", password), ("role", role), ("status", status),
                        (
                            "preferences",
                            .request(
                                [
                                    ("theme", .string(enumeration: ["light", "dark"])),
                                    ("language", .string(minLength: 1, maxLength: 16)),
                                    ("timezone", .string(minLength: 1, maxLength: 64)),
                                ],
                                required: [])
                        ),
                    ], required: [])
            ),
            (
                "Preferences",
                .object(
                    [("theme", .text), ("language", .text), ("timezone", .text)],
                    required: ["theme", "language", "timezone"])
            ),
            ("User", .object(userProperties, required: userRequired)),
            (
                "UserProfile",
                .object(
                    userProperties + [
                        ("preferences", .reference("Preferences")),
                        (
                            "statistics",
                            .object(
                                [
                                    ("charts_created", .integer()), ("last_login", .nullable(.dateTime)),
                                    ("total_usage_time", .integer()),
                                ],
                                required: ["charts_created", "last_login", "total_usage_time"])
                        ),
                    ], required: userRequired + ["preferences", "statistics"])
            ),
            (
                "UserList",
                .object(
                    [("users", .array(.reference("User"))), ("pagination", .reference("Pagination"))],
                    required: ["users", "pagination"])
            ),
            (
                "MemberList",
                .object(
                    [("members", .array(.reference("User"))), ("pagination", .reference("Pagination"))],
                    required: ["members", "pagination"])
            ),
            (
                "OrganizationSettings",
                .object(
                    [
                        ("max_users", .integer(minimum: 1, maximum: 1_000_000)),
                        ("data_retention_days", .integer(minimum: 1, maximum: 100_000)),
                        ("ai_model_access", .array(.string(maxLength: 100), maxItems: 50)),
                        ("embed", EmbedComponents.originSettings),
                    ],
                    required: ["max_users", "data_retention_days", "ai_model_access"])
            ),
            (
                "CreateOrganizationRequest",
                .request(
                    [
                        ("name", .string(minLength: 1, maxLength: 200, pattern: #"\S"#)),
                        ("domain", .string(minLength: 1, maxLength: 253, pattern: #"^\S+$"#)),
                        ("plan", .string(enumeration: CreateOrganizationRequest.plans)),
                        ("settings", .reference("OrganizationSettings")),
                    ], required: ["name"])
            ),
            (
                "Organization",
                .object(
                    [
                        ("organization_id", .text), ("name", .text), ("domain", .text), ("plan", .text),
                        ("status", .text),
                        ("created_at", .dateTime), ("settings", .reference("OrganizationSettings")),
                        (
                            "usage",
                            .object(
                                [
                                    ("current_users", .integer()), ("data_storage_gb", .number),
                                    ("api_calls_month", .integer()),
                                ],
                                required: ["current_users", "data_storage_gb", "api_calls_month"])
                        ),
                    ], required: ["organization_id", "name", "plan", "status", "created_at", "settings", "usage"])
            ),
            (
                "Error",
                .object(
                    [
                        ("success", .boolean),
                        (
                            "error",
                            .object(
                                [
                                    ("code", .string(enumeration: ErrorCode.allCases.map(\.rawValue))),
                                    ("message", .text),
                                    ("details", .map(.text)), ("timestamp", .dateTime), ("request_id", .text),
                                    ("retry_after", .integer(minimum: 1)),
                                ], required: ["code", "message", "timestamp"])
                        ),
                    ], required: ["success", "error"])
            ),
        ] + DataComponents.schemas + ChartComponents.schemas + DashboardComponents.schemas + AIComponents.schemas
        + WebhookComponents.schemas + SearchComponents.schemas + MetricsComponents.schemas
        + EmbedComponents.schemas

    static let apiKeyProperties: [(String, JSONSchema)] = [
        ("key_id", .text), ("name", .text), ("prefix", .text), ("role", role), ("created_at", .dateTime),
    ]
    static let apiKey = JSONSchema.object(apiKeyProperties, required: ["key_id", "name", "prefix", "created_at"])

    static let userProperties: [(String, JSONSchema)] = [
        ("user_id", .text), ("email", .text), ("username", .text), ("first_name", .text), ("last_name", .text),
        ("role", role), ("organization", .text), ("organization_id", .text), ("platform_admin", .boolean),
        ("created_at", .dateTime), ("status", status),
    ]
    static let userRequired = [
        "user_id", "email", "username", "role", "organization", "organization_id", "platform_admin", "created_at",
        "status",
    ]
}
