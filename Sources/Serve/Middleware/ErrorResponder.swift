import HTTPTypes
import Hummingbird
import Logging

/// Turns any error into the API's error envelope, once, at the edge. Unknown errors are logged
/// with their details and answered `INTERNAL_ERROR` without them.
enum ErrorResponder {
    static func response(for error: any Error, request: Request, context: AppContext) -> Response {
        if let embed = error as? EmbedError { return EmbedErrorPage.response(embed) }
        let apiError = apiError(for: error, request: request, context: context)
        var headers = HTTPFields()
        if let retry = apiError.retryAfter { headers[.retryAfter] = String(retry) }
        if apiError.code == .methodNotAllowed, let table = context.routeTable {
            headers[.allow] = table.allowedMethods(for: request.uri.path).joined(separator: ", ")
        }
        if apiError.code == .authenticationFailed { headers[.wwwAuthenticate] = "Bearer" }
        if context.route?.isPage == true {
            return page(for: apiError, request: request, headers: headers)
        }
        let envelope = ErrorEnvelope(apiError, requestID: context.requestID.isEmpty ? nil : context.requestID)
        do {
            return try JSONBody.raw(envelope, status: apiError.code.status, headers: headers)
        } catch {
            return Response(status: .internalServerError)
        }
    }

    /// The plain HTML page of an error on a page route; a 401 links to `/login?next=` this page.
    static func page(for error: APIError, request: Request, headers: HTTPFields) -> Response {
        var headers = headers
        headers[.wwwAuthenticate] = nil
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
        let next = request.method == .get ? LoginTarget.validated(request.uri.path) : nil
        return Response(
            status: error.code.status, headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: PageHTML.error(error, next: next))))
    }

    static func apiError(for error: any Error, request: Request, context: AppContext) -> APIError {
        switch error {
        case let e as APIError:
            return e
        case let e as HTTPError:
            switch e.status {
            case .notFound:
                if let table = context.routeTable, !table.allowedMethods(for: request.uri.path).isEmpty {
                    return APIError(.methodNotAllowed, "This path does not accept \(request.method.rawValue).")
                }
                return APIError(.resourceNotFound, "No route matches this method and path.")
            case .contentTooLarge: return APIError(.payloadTooLarge, "The request body is too large.")
            case .unauthorized: return .unauthenticated
            case .forbidden: return .forbidden
            case .unsupportedMediaType: return APIError(.unsupportedMediaType, "Unsupported content type.")
            case .badRequest, .unprocessableContent: return APIError.validation("body", "The request is malformed.")
            default:
                context.logger.error("unhandled HTTP error", metadata: ["aiser.error": .string("\(e)")])
                return APIError(.internalError, "An internal error occurred.")
            }
        default:
            context.logger.error("internal error", metadata: ["aiser.error": .string(String(reflecting: error))])
            return APIError(.internalError, "An internal error occurred.")
        }
    }
}
