import Foundation
import FuzzKit
import HTTPTypes
import Hummingbird
import NIOCore

@testable import Serve

/// The upload route's multipart reader: the input's first line is the `Content-Type` header,
/// the rest the body, delivered in chunks whose size the input also decides. Only 4xx
/// `APIError`s may come out (never an internal error).
struct MultipartTarget: FuzzTarget {
    static let name = "multipart"

    func run(_ data: [UInt8]) {
        let newline = data.firstIndex(of: 0x0A) ?? data.count
        let contentType = String(decoding: data[..<newline], as: UTF8.self)
        let body = Array(data[min(newline + 1, data.count)...])
        let chunkSize = 1 + newline % 97
        Blocking.run {
            let stream = AsyncStream<ByteBuffer> { continuation in
                var offset = 0
                while offset < body.count {
                    let end = min(offset + chunkSize, body.count)
                    continuation.yield(ByteBuffer(bytes: body[offset..<end]))
                    offset = end
                }
                continuation.finish()
            }
            var fields = HTTPFields()
            if let name = HTTPField.Name("Content-Type"), !contentType.contains(where: \.isNewline) {
                fields[name] = contentType
            }
            let head = HTTPRequest(
                method: .post, scheme: "http", authority: "localhost", path: "/api/v1/data", headerFields: fields)
            let request = Request(head: head, body: RequestBody(asyncSequence: stream))
            let destination = Scratch.folder.appendingPathComponent("upload.bin")
            do {
                _ = try await MultipartUpload.receive(request, limit: 1 << 20, destination: destination)
            } catch let error as APIError where error.code != .internalError {
                return
            } catch {
                Finding.fail(Self.name, "unexpected error \(type(of: error)): \(error)")
            }
        }
    }
}
