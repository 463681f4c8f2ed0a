import Foundation
import HTTPTypes
import Hummingbird

/// Refuses a request whose declared `Content-Length` is over the route's limit with 413 before
/// any of the body is read (uploads: the upload limit; every other route: the JSON body limit).
/// Without it, a JSON route waited for a declared 2 GiB body that never came. Bodies without a
/// declared length are still cut at the same limits while they are read.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = AppContext

    let uploadLimit: Int
    let jsonLimit: Int

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response)
        async throws -> Response
    {
        guard let text = request.headers[.contentLength] else { return try await next(request, context) }
        let limit = limit(for: context.route)
        guard let length = Int(text.trimmingCharacters(in: .whitespaces)), length >= 0 else {
            throw APIError.validation("Content-Length", "The Content-Length header is not a whole number.")
        }
        if length > limit {
            throw APIError(.payloadTooLarge, "The request body is larger than the limit of \(limit) bytes.")
        }
        return try await next(request, context)
    }

    /// The largest body `route` accepts.
    func limit(for route: Route?) -> Int {
        route?.body?.contentType.hasPrefix("multipart/") == true ? uploadLimit : jsonLimit
    }
}
