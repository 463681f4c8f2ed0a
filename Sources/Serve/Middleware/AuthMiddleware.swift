import Engine
import Hummingbird
import Logging

/// Looks at the credentials of requests to authenticated routes and records the caller in the
/// context (for rate limiting and logs); `AccessMiddleware` then enforces the route's access.
/// Counts authenticated calls for organization usage.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = AppContext

    let authenticator: Authenticator
    let calls: CallCounter
    /// Counts each authenticated request for its user (`nil`: recording is off).
    let usage: UsageRecorder?

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response)
        async throws -> Response
    {
        guard let route = context.route, case .authenticated = route.access else {
            return try await next(request, context)
        }
        var context = context
        context.authentication = await authenticator.authenticate(request)
        if case .identity(let identity) = context.authentication {
            context.logger[metadataKey: "aiser.user.id"] = .string(identity.userID)
            await calls.record(organizationID: identity.organizationID, at: authenticator.now())
            guard let usage else { return try await next(request, context) }
            let start = ContinuousClock.now
            let response = try await next(request, context)
            usage.request(
                userID: identity.userID, organizationID: identity.organizationID, status: Int(response.status.code),
                seconds: (ContinuousClock.now - start).seconds,
                isAIQuery: MetricsRecorder.aiOperations.contains(route.operationID))
            return response
        }
        return try await next(request, context)
    }
}
