import Foundation
import Hummingbird

/// Encoding responses and decoding request bodies, with the API's error mapping.
enum JSONBody {
    /// A JSON response with the success envelope around `data`.
    static func response<T: Encodable & Sendable>(
        _ data: T, status: HTTPResponse.Status = .ok, message: String = "Operation completed successfully"
    ) throws -> Response {
        try raw(Envelope(data, message: message), status: status)
    }

    /// A JSON response of `value` as is (no envelope).
    static func raw<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws
        -> Response
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let bytes = try encoder.encode(value)
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
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
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
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
