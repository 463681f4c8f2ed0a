import Hummingbird

/// The description of one endpoint: what the router, the middleware, the OpenAPI document, the
/// reference docs and the cross-organization test are all built from.
struct Route: Sendable {
    /// How the caller must authenticate.
    enum Access: Sendable, Equatable {
        /// No credentials (health probes, login, the OpenAPI document).
        case public_
        /// A refresh token instead of an access token.
        case refreshToken
        /// An access token or API key, holding `permission`.
        case authenticated(Permission)
        /// A page for people (`/charts/{id}`, `/dashboards/{id}`): `PageAccess` decides in the
        /// handler — a member of the organization (access token, API key or the session cookie of
        /// `/login`), or anyone while the resource's public sharing is on; else a 401 or 404 page.
        case page
        /// A valid embed token (`token` query parameter) for the path's chart or dashboard.
        case embedToken(EmbedResource)
    }

    let method: HTTPRequest.Method
    /// Full path with `{name}` captures, e.g. `/api/v1/users/{user_id}`.
    let path: String
    let operationID: String
    let summary: String
    let tag: String
    let access: Access
    /// Rate-limit category, `nil` for health probes.
    let category: RateCategory?
    let query: [QueryParameter]
    let body: RequestBody?
    /// Status and schema of a successful answer's `data`.
    let success: (status: Int, schema: JSONSchema)
    /// Whether the success body is wrapped in the envelope.
    let enveloped: Bool
    /// The media type of a successful answer (several, comma-separated, when a parameter picks one).
    let produces: String
    /// Error codes beyond those implied by access, captures and body.
    let extraErrors: [ErrorCode]

    init(
        _ method: HTTPRequest.Method, _ path: String, id operationID: String, _ summary: String, tag: String,
        access: Access, category: RateCategory?, query: [QueryParameter] = [], body: RequestBody? = nil,
        success: (status: Int, schema: JSONSchema), enveloped: Bool = true, produces: String = "application/json",
        errors extraErrors: [ErrorCode] = []
    ) {
        self.produces = produces
        self.extraErrors = extraErrors
        self.method = method
        self.path = path
        self.operationID = operationID
        self.summary = summary
        self.tag = tag
        self.access = access
        self.category = category
        self.query = query
        self.body = body
        self.success = success
        self.enveloped = enveloped
    }

    /// The `{name}` captures in the path.
    var captures: [String] {
        path.split(separator: "/").compactMap { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? String(part.dropFirst().dropLast()) : nil
        }
    }

    /// Whether this route is a page for people (chart, dashboard, sign-in): it answers HTML,
    /// errors included.
    var isPage: Bool { produces == "text/html" }

    /// The lookup key for this route (method + path template).
    var key: String { "\(method.rawValue) \(path)" }

    /// Whether a concrete request path matches this route's template.
    func matches(path concrete: String) -> Bool {
        let a = path.split(separator: "/"), b = concrete.split(separator: "/")
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { t, c in (t.hasPrefix("{") && t.hasSuffix("}")) || t == c }
    }

    /// The error codes this route can answer with.
    var errorCodes: [ErrorCode] {
        var codes: [ErrorCode] = [.internalError]
        if category != nil { codes.append(.rateLimitExceeded) }
        if access != .public_ { codes.append(.authenticationFailed) }
        if case .authenticated = access { codes.append(.permissionDenied) }
        if !captures.isEmpty { codes.append(.resourceNotFound) }
        if body != nil || !query.isEmpty || access == .refreshToken { codes.append(.validationError) }
        if body != nil { codes += [.payloadTooLarge, .unsupportedMediaType] }
        if body?.conflicts == true { codes.append(.conflict) }
        for code in extraErrors where !codes.contains(code) { codes.append(code) }
        return codes
    }
}

/// One query parameter of a route.
struct QueryParameter: Sendable {
    let name: String
    let schema: JSONSchema
    let summary: String
    /// Whether a request without it is refused (422).
    var required = false
}

/// The body a route accepts.
struct RequestBody: Sendable {
    let contentType: String
    let schema: JSONSchema
    let required: Bool
    /// Whether the body can collide with an existing object (409).
    var conflicts = false
}
