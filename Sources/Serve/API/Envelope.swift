import Foundation

/// The success envelope every endpoint answers with: `{success, data, message, timestamp}`.
struct Envelope<Payload: Encodable & Sendable>: Encodable, Sendable {
    let success = true
    let data: Payload
    let message: String
    let timestamp: String

    enum CodingKeys: String, CodingKey { case success, data, message, timestamp }

    init(_ data: Payload, message: String = "Operation completed successfully", at date: Date = Date()) {
        self.data = data
        self.message = message
        self.timestamp = Timestamp.string(date)
    }
}

/// The error envelope: `{success: false, error: {code, message, details, timestamp, retry_after}}`.
struct ErrorEnvelope: Codable, Sendable {
    struct Body: Codable, Sendable {
        let code: String
        let message: String
        let details: [String: String]?
        let timestamp: String
        let requestID: String?
        let retryAfter: Int?

        enum CodingKeys: String, CodingKey {
            case code, message, details, timestamp
            case requestID = "request_id"
            case retryAfter = "retry_after"
        }
    }

    let success: Bool
    let error: Body

    init(_ error: APIError, requestID: String?, at date: Date = Date()) {
        success = false
        self.error = Body(
            code: error.code.rawValue, message: error.message, details: error.details.isEmpty ? nil : error.details,
            timestamp: Timestamp.string(date), requestID: requestID, retryAfter: error.retryAfter)
    }
}
