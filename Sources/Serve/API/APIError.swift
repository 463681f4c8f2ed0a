/// The one error type of the HTTP API: a code, a message safe to show to clients, and optional
/// per-field details. Every failure reaching the edge is turned into one of these.
public struct APIError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: ErrorCode
    public let message: String
    public let details: [String: String]
    /// Seconds until a rate limit resets (only for `RATE_LIMIT_EXCEEDED`).
    public let retryAfter: Int?

    public init(_ code: ErrorCode, _ message: String, details: [String: String] = [:], retryAfter: Int? = nil) {
        self.code = code
        self.message = message
        self.details = details
        self.retryAfter = retryAfter
    }

    public var description: String { "\(code.rawValue): \(message)" }

    static let unauthenticated = APIError(.authenticationFailed, "Invalid or expired credentials.")
    static let notFound = APIError(.resourceNotFound, "The requested resource was not found.")
    static let forbidden = APIError(.permissionDenied, "Your role does not allow this action.")

    static func validation(_ details: [String: String]) -> APIError {
        APIError(.validationError, "The request data is invalid.", details: details)
    }

    static func validation(_ field: String, _ problem: String) -> APIError {
        validation([field: problem])
    }
}
