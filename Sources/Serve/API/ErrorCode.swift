import HTTPTypes

/// The machine-readable error codes of the API, each with its HTTP status.
public enum ErrorCode: String, Sendable, CaseIterable, Codable {
    case authenticationFailed = "AUTHENTICATION_FAILED"
    case permissionDenied = "PERMISSION_DENIED"
    case resourceNotFound = "RESOURCE_NOT_FOUND"
    case methodNotAllowed = "METHOD_NOT_ALLOWED"
    case conflict = "CONFLICT"
    case payloadTooLarge = "PAYLOAD_TOO_LARGE"
    case unsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE"
    case validationError = "VALIDATION_ERROR"
    case rateLimitExceeded = "RATE_LIMIT_EXCEEDED"
    case internalError = "INTERNAL_ERROR"
    case serviceUnavailable = "SERVICE_UNAVAILABLE"

    /// The HTTP status this code is answered with.
    public var status: HTTPResponse.Status {
        switch self {
        case .authenticationFailed: return .unauthorized
        case .permissionDenied: return .forbidden
        case .resourceNotFound: return .notFound
        case .methodNotAllowed: return .methodNotAllowed
        case .conflict: return .conflict
        case .payloadTooLarge: return .contentTooLarge
        case .unsupportedMediaType: return .unsupportedMediaType
        case .validationError: return .unprocessableContent
        case .rateLimitExceeded: return .tooManyRequests
        case .internalError: return .internalServerError
        case .serviceUnavailable: return .serviceUnavailable
        }
    }

    /// What the code means, for the reference docs and the OpenAPI document.
    public var summary: String {
        switch self {
        case .authenticationFailed: return "Missing, invalid or expired credentials."
        case .permissionDenied: return "The caller's role does not allow this action."
        case .resourceNotFound: return "No such route or object (also for other organizations' objects)."
        case .methodNotAllowed: return "The path exists but not with this method."
        case .conflict: return "The object already exists (for example a taken email)."
        case .payloadTooLarge: return "The request body exceeds the configured limit."
        case .unsupportedMediaType: return "The request body has the wrong content type."
        case .validationError: return "The request data is invalid; `details` names each field."
        case .rateLimitExceeded: return "Too many requests in this category; see `retry_after`."
        case .internalError: return "Unexpected server error (details are only logged)."
        case .serviceUnavailable:
            return "The server is not ready, or heavy work is queued full or over its time limit; see `retry_after`."
        }
    }
}
