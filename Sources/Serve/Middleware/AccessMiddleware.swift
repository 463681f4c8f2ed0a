import Hummingbird

/// Enforces the matched route's declared `Route.Access` before its handler runs, so that the
/// route table is the one place that says who may call what:
/// - `public_`: open to anyone; credentials are ignored.
/// - `page`: for `PageAccess` to decide in the handler (it needs the resource).
/// - `refreshToken`: an access token or API key in the headers is refused (401); a refresh
///   token in `Authorization: Bearer` or in the body is for the handler to check.
/// - `authenticated(permission)`: no valid credentials → 401; a caller whose role (narrowed by
///   an API key's scope) lacks `permission` → 403.
///
/// - `embedToken(resource)`: the `token` query parameter must be a valid embed token for the
///   path's resource (`EmbedGate`); else the plain 401/404 page.
///
/// It runs after rate limiting, so refused calls still count against the caller's limit.
/// Object-level rules (own user or administrator, other organizations' ids answering 404) stay
/// in the handlers.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = AppContext

    let embeds: EmbedGate

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response)
        async throws -> Response
    {
        guard let route = context.route else { return try await next(request, context) }
        if case .embedToken(let resource) = route.access {
            var context = context
            context.embed = try await embeds.grant(
                request, resource: resource, id: context.parameters.get(resource.capture))
            return try await next(request, context)
        }
        try Self.check(route.access, request: request, context: context)
        return try await next(request, context)
    }

    /// Throws `AUTHENTICATION_FAILED` or `PERMISSION_DENIED` unless the request satisfies `access`.
    static func check(_ access: Route.Access, request: Request, context: AppContext) throws {
        switch access {
        case .public_, .page, .embedToken:
            return
        case .refreshToken:
            if request.headers[Authenticator.apiKeyHeader] != nil { throw APIError.unauthenticated }
            if let bearer = Authenticator.bearer(in: request), !bearer.hasPrefix(RefreshTokenSecret.marker) {
                throw APIError.unauthenticated
            }
        case .authenticated(let permission):
            try context.identity().require(permission)
        }
    }
}
