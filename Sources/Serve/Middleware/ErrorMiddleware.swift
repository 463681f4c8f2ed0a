import Hummingbird

/// Turns errors thrown by handlers into the error envelope (see `ErrorResponder`).
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppContext

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            return ErrorResponder.response(for: error, request: request, context: context)
        }
    }
}
