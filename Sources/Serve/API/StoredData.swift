import Engine
import Foundation
import Hummingbird

/// Answers whose `data` is JSON text stored earlier (analyses, workflow runs), in the envelope.
enum StoredData {
    static func response(
        _ json: String, status: HTTPResponse.Status = .ok, message: String = "Operation completed successfully",
        now: Date
    ) -> Response {
        JSONBody.response(json: json, status: status, message: message, at: now)
    }

    /// `value` as JSON text, keys sorted like every other answer.
    static func encode(_ value: some Encodable) throws -> String {
        try JSONCoding.string(value)
    }
}
