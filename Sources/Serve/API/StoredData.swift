import Engine
import Foundation
import Hummingbird

/// Answers whose `data` is JSON text stored earlier (analyses, workflow runs), in the envelope.
enum StoredData {
    static func response(
        _ json: String, status: HTTPResponse.Status = .ok, message: String = "Operation completed successfully",
        now: Date
    )
        -> Response
    {
        let envelope =
            "{\"success\":true,\"data\":\(json),\"message\":\(JSONText.string(message)),\"timestamp\":\"\(Timestamp.string(now))\"}"
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: envelope)))
    }

    /// `value` as JSON text, keys sorted like every other answer.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
