import HTTPTypes
import Hummingbird

/// Adds `X-Content-Type-Options: nosniff` to every response (JSON, error envelopes, chart pages,
/// SVG), so a browser never second-guesses the declared content type.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppContext
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response)
        async throws -> Response
    {
        var response = try await next(request, context)
        response.headers[Self.contentTypeOptions] = "nosniff"
        return response
    }
}
