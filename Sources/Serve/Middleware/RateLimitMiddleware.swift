import HTTPTypes
import Hummingbird

/// Applies the per-category rate limits, keyed by API key or user, else by client address, and
/// puts `X-RateLimit-Limit/Remaining/Reset` on every response it passes. A refused request is
/// recorded as the context's `refusal`, which `ErrorMiddleware` (next in line) answers with 429.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = AppContext
    static let limitHeader = HTTPField.Name("X-RateLimit-Limit")!
    static let remainingHeader = HTTPField.Name("X-RateLimit-Remaining")!
    static let resetHeader = HTTPField.Name("X-RateLimit-Reset")!

    let limiter: RateLimiter

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response)
        async throws -> Response
    {
        let category: RateCategory
        if let route = context.route {
            guard let c = route.category else { return try await next(request, context) }
            category = c
        } else {
            category = .general
        }
        let key: String
        if case .identity(let identity) = context.authentication {
            key = identity.rateKey
        } else {
            key = "ip:" + context.clientAddress
        }
        let decision = limiter.check(category, key: key)
        var context = context
        if !decision.allowed {
            context.refusal = APIError(
                .rateLimitExceeded, "Rate limit exceeded. Try again in \(decision.retryAfter) seconds.",
                retryAfter: decision.retryAfter)
        }
        var response = try await next(request, context)
        response.headers[Self.limitHeader] = String(decision.limit)
        response.headers[Self.remainingHeader] = String(decision.remaining)
        response.headers[Self.resetHeader] = String(decision.reset)
        return response
    }
}
