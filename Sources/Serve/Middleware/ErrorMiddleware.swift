import Hummingbird

/// The one place where errors become responses: everything thrown below it (access checks,
/// handlers, the router's 404/405) and a refusal recorded by a middleware above it
/// (`AppContext.refusal`, e.g. the rate limit) is answered with the error envelope of
/// `ErrorResponder`. The middlewares above it only ever see responses, so they decorate error
/// answers (request id, rate-limit headers) and log their status like any other.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppContext

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response)
        async throws -> Response
    {
        do {
            if let refusal = context.refusal { throw refusal }
            return try await next(request, context)
        } catch {
            return ErrorResponder.response(for: error, request: request, context: context)
        }
    }
}
