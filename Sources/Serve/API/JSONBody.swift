import Engine
import Foundation
import Hummingbird

/// Encoding responses and decoding request bodies, with the API's error mapping.
enum JSONBody {
    /// The encoder of every response: Engine's one configuration (`JSONCoding`).
    static var encoder: JSONEncoder { JSONCoding.encoder }

    /// A JSON response with the success envelope around `data`.
    static func response<T: Encodable & Sendable>(
        _ data: T, status: HTTPResponse.Status = .ok, message: String = "Operation completed successfully",
        at date: Date = Date()
    ) throws -> Response {
        let body = try envelope(data, message: message, at: date)
        return Response(status: status, headers: jsonHeaders([:]), body: .init(byteBuffer: body))
    }

    /// A response with the success envelope around JSON text encoded earlier.
    static func response(
        json: String, status: HTTPResponse.Status = .ok, message: String = "Operation completed successfully",
        at date: Date = Date()
    ) -> Response {
        let body = envelope(payload: Array(json.utf8), message: message, at: date)
        return Response(status: status, headers: jsonHeaders([:]), body: .init(byteBuffer: body))
    }

    /// The success envelope around `data`, encoded by the one configuration.
    static func envelope<T: Encodable & Sendable>(_ data: T, message: String, at date: Date) throws -> ByteBuffer {
        envelope(payload: try encoder.encode(data), message: message, at: date)
    }

    /// The one success-envelope writer: `{"data":…,"message":…,"success":true,"timestamp":…}`
    /// (keys sorted, as `Envelope` encodes) around `payload`, JSON that is already encoded
    /// (a response's data, or an analysis stored earlier).
    static func envelope(payload: some Collection<UInt8>, message: String, at date: Date) -> ByteBuffer {
        let timestamp = Timestamp.string(date)
        let quoted = isPlain(message) ? nil : (try? encoder.encode(message))
        var buffer = ByteBuffer()
        buffer.reserveCapacity(payload.count + message.utf8.count + timestamp.utf8.count + 56)
        buffer.writeStaticString("{\"data\":")
        buffer.writeBytes(payload)
        if let quoted {
            buffer.writeStaticString(",\"message\":")
            buffer.writeBytes(quoted)
            buffer.writeStaticString(",\"success\":true,\"timestamp\":\"")
        } else {
            buffer.writeStaticString(",\"message\":\"")
            buffer.writeString(message)
            buffer.writeStaticString("\",\"success\":true,\"timestamp\":\"")
        }
        buffer.writeString(timestamp)
        buffer.writeStaticString("\"}")
        return buffer
    }

    /// Whether `text` is the same inside JSON quotes: printable ASCII without `"` and `\`.
    static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7f && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    /// A JSON response of `value` as is (no envelope).
    static func raw<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws
        -> Response
    {
        let bytes = try encoder.encode(value)
        return Response(
            status: status, headers: jsonHeaders(headers), body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `headers` with the JSON content type.
    private static func jsonHeaders(_ headers: HTTPFields) -> HTTPFields {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return fields
    }

    /// Decodes the JSON request body into `T`, answering oversize, malformed and invalid bodies
    /// with the API's errors.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw APIError(.payloadTooLarge, "The request body is larger than \(limit) bytes.")
        }
        if let contentType = request.headers[.contentType], !contentType.lowercased().contains("json") {
            throw APIError(.unsupportedMediaType, "The request body must be application/json.")
        }
        guard buffer.readableBytes > 0 else {
            throw APIError.validation("body", "A JSON object is required.")
        }
        do {
            return try JSONCoding.decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError.validation(Self.details(of: error))
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.validation("body", "The body is not valid JSON.")
        }
    }

    /// Per-field details for a decoding failure, without echoing input.
    static func details(of error: DecodingError) -> [String: String] {
        func path(_ keys: [any CodingKey]) -> String {
            let p = keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return p.isEmpty ? "body" : p
        }
        switch error {
        case .keyNotFound(let key, let ctx): return [path(ctx.codingPath + [key]): "This field is required."]
        case .typeMismatch(let type, let ctx): return [path(ctx.codingPath): "Expected a value of type \(type)."]
        case .valueNotFound(_, let ctx): return [path(ctx.codingPath): "This field must not be null."]
        case .dataCorrupted(let ctx):
            if ctx.codingPath.isEmpty { return ["body": "The body is not valid JSON."] }
            return [path(ctx.codingPath): ctx.debugDescription]
        @unknown default: return ["body": "The body is invalid."]
        }
    }
}
