import Engine
import HTTPTypes

/// Builds the OpenAPI 3.1 document from the route table: every route with its parameters,
/// body, success answer (in the envelope) and every error it can answer with.
enum OpenAPIDocument {
    static func build(_ routes: [Route]) -> JSONValue {
        var paths: [(String, [(String, JSONValue)])] = []
        for route in routes {
            let op = (route.method.rawValue.lowercased(), operation(route))
            if let i = paths.firstIndex(where: { $0.0 == route.path }) {
                paths[i].1.append(op)
            } else {
                paths.append((route.path, [op]))
            }
        }
        return .fields([
            ("openapi", "3.1.0"),
            (
                "info",
                .fields([
                    ("title", "Aiser API"), ("version", .string(Serve.version)),
                    (
                        "description",
                        "Upload data, manage users and organizations, authenticate with JWT access tokens or API keys. Every answer uses the `{success, data, message, timestamp}` envelope."
                    ),
                ])
            ),
            ("servers", .array([.fields([("url", "/")])])),
            ("paths", .fields(paths.map { ($0.0, .fields($0.1)) })),
            (
                "components",
                .fields([
                    ("schemas", .fields(Components.schemas.map { ($0.0, $0.1.json) })),
                    (
                        "securitySchemes",
                        .fields([
                            (
                                "bearerAuth",
                                .fields([("type", "http"), ("scheme", "bearer"), ("bearerFormat", "JWT or API key")])
                            ),
                            ("apiKeyHeader", .fields([("type", "apiKey"), ("in", "header"), ("name", "X-API-Key")])),
                            (
                                "sessionCookie",
                                .fields([
                                    ("type", "apiKey"), ("in", "cookie"), ("name", .string(PageSession.cookieName)),
                                    ("description", "The session cookie of the pages, set by the form of GET /login."),
                                ])
                            ),
                        ])
                    ),
                    ("headers", .fields(headers)),
                ])
            ),
        ])
    }

    static let headers: [(String, JSONValue)] = [
        ("X-Request-ID", header("The request id (an incoming sane X-Request-ID is kept).")),
        ("X-RateLimit-Limit", header("Requests allowed in the current window.", integer: true)),
        ("X-RateLimit-Remaining", header("Requests left in the current window.", integer: true)),
        ("X-RateLimit-Reset", header("Epoch second when the window resets.", integer: true)),
        ("Retry-After", header("Seconds to wait before trying again.", integer: true)),
    ]

    static func header(_ description: String, integer: Bool = false) -> JSONValue {
        .fields([
            ("description", .string(description)), ("schema", .fields([("type", integer ? "integer" : "string")])),
        ])
    }

    static func operation(_ route: Route) -> JSONValue {
        var op: [(String, JSONValue)] = [
            ("operationId", .string(route.operationID)), ("summary", .string(route.summary)),
            ("tags", .array([.string(route.tag)])),
        ]
        var parameters: [JSONValue] = route.captures.map { name in
            .fields([
                ("name", .string(name)), ("in", "path"), ("required", true),
                ("schema", JSONSchema.string(maxLength: 64).json),
            ])
        }
        parameters += route.query.map { q in
            .fields([
                ("name", .string(q.name)), ("in", "query"), ("required", .bool(q.required)),
                ("description", .string(q.summary)),
                ("schema", q.schema.json),
            ])
        }
        if !parameters.isEmpty { op.append(("parameters", .array(parameters))) }
        if let body = route.body {
            op.append(
                (
                    "requestBody",
                    .fields([
                        ("required", .bool(body.required)),
                        ("content", .fields([(body.contentType, .fields([("schema", body.schema.json)]))])),
                    ])
                ))
        }
        switch route.access {
        case .public_, .embedToken: op.append(("security", .array([])))
        case .page:
            op.append(
                (
                    "security",
                    .array(
                        ["bearerAuth", "apiKeyHeader", "sessionCookie"].map { .fields([($0, .array([]))]) } + [
                            .fields([])
                        ])
                ))
        case .refreshToken: op.append(("security", .array([.fields([("bearerAuth", .array([]))]), .fields([])])))
        case .authenticated:
            op.append(
                ("security", .array([.fields([("bearerAuth", .array([]))]), .fields([("apiKeyHeader", .array([]))])])))
        }
        op.append(("responses", .fields(responses(route))))
        return .fields(op)
    }

    static func responses(_ route: Route) -> [(String, JSONValue)] {
        var rateHeaders: [(String, JSONValue)] = [("X-Request-ID", ref("X-Request-ID"))]
        if route.category != nil {
            rateHeaders += ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"].map { ($0, ref($0)) }
        }
        let successSchema: JSONSchema =
            route.enveloped
            ? .object(
                [("success", .boolean), ("data", route.success.schema), ("message", .text), ("timestamp", .dateTime)],
                required: ["success", "data", "message", "timestamp"])
            : route.success.schema
        var out: [(String, JSONValue)] = [
            (
                String(route.success.status),
                .fields([
                    ("description", "Success."), ("headers", .fields(rateHeaders)),
                    (
                        "content",
                        .fields(
                            route.produces.split(separator: ",").map {
                                (String($0), .fields([("schema", successSchema.json)]))
                            })
                    ),
                ])
            )
        ]
        // A page's errors are plain HTML pages; every other route's, the error envelope.
        let errorContent: JSONValue =
            route.isPage
            ? .fields([("text/html", .fields([("schema", JSONSchema.text.json)]))])
            : .fields([("application/json", .fields([("schema", JSONSchema.reference("Error").json)]))])
        var codes = route.errorCodes
        if route.path == "/readyz" { codes.append(.serviceUnavailable) }
        for code in codes {
            var headers = rateHeaders
            if code == .rateLimitExceeded || (code == .serviceUnavailable && route.path != "/readyz") {
                headers.append(("Retry-After", ref("Retry-After")))
            }
            var content: [(String, JSONValue)] = [
                ("application/json", .fields([("schema", JSONSchema.reference("Error").json)]))
            ]
            // An embed stream refuses a token with a plain page (`EmbedErrorPage`), not the envelope.
            if case .embedToken = route.access, !route.isPage {
                let page = ("text/html", JSONValue.fields([("schema", JSONSchema.text.json)]))
                switch code {
                case .authenticationFailed, .resourceNotFound: content = [page]
                case .rateLimitExceeded: content.append(page)
                default: break
                }
            }
            out.append(
                (
                    String(code.status.code),
                    .fields([
                        ("description", .string("\(code.rawValue): \(code.summary)")), ("headers", .fields(headers)),
                        ("content", route.isPage ? errorContent : .fields(content)),
                    ])
                ))
        }
        return out
    }

    static func ref(_ name: String) -> JSONValue { .fields([("$ref", .string("#/components/headers/\(name)"))]) }
}
