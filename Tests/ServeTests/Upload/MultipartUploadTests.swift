import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import Serve

@Suite("Multipart uploads over HTTP")
struct MultipartUploadTests {
    /// Posts `body` (boundary `XyZ`) to the upload route.
    static func post(_ body: [UInt8], _ c: Client, token: String) async throws -> Client.Answer {
        var headers = HTTPFields()
        headers[.authorization] = "Bearer \(token)"
        headers[.contentType] = "multipart/form-data; boundary=\"XyZ\""
        return try await c.client.execute(
            uri: "/api/v1/data/upload", method: .post, headers: headers, body: ByteBuffer(bytes: body)
        ) { Client.Answer(status: $0.status, headers: $0.headers, body: String(buffer: $0.body)) }
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("a quoted file name with an escaped quote and a semicolon, extra parts and a preamble are read")
    func quotedNameAndExtraParts() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let body = Self.bytes(
                "ignored preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                    + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"q\\\"a;b.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\nregion,n\r\nnorth,1\r\nsouth,2\r\n"
                    + "--XyZ\r\nContent-Disposition: form-data; name=\"data_source_name\"\r\n\r\nnamed\r\n--XyZ--\r\n")
            let r = try await Self.post(body, c, token: admin)
            #expect(r.status == .created, "\(r.body)")
            #expect(r.data["file_name"] as? String == "q\"a;b.csv")
            #expect(r.data["name"] as? String == "named")
            #expect(r.data["rows"] as? Int == 2)
        }
    }

    @Test("hostile or cut bodies answer 422, leave no source behind, and the server keeps serving")
    func malformed() async throws {
        let server = try await TestServer()
        let files = server.backend.files
        try await server.test { c in
            let admin = try await c.adminToken()
            let part = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.csv\"\r\n\r\na\n1\n"
            let bodies: [[UInt8]] = [
                Self.bytes("--XyZ\r\nContent-Disposi") + [0xEC] + Self.bytes(String(part.dropFirst(22)))
                    + Self.bytes("\r\n--XyZ--\r\n"),
                Self.bytes(part),  // no closing boundary
                Self.bytes(part + "\r\n--XyZ"),  // cut after a delimiter
                Self.bytes(part + "\r\n--XyZjunk\r\n"),
            ]
            for body in bodies {
                let r = try await Self.post(body, c, token: admin)
                #expect(r.status == .unprocessableContent && r.errorCode == "VALIDATION_ERROR", "\(r.body)")
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: files.directory.path).filter {
                $0 != ".incoming"
            }
            #expect(names.isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: files.incomingDirectory.path).isEmpty)
            let ok = try await c.upload("after.csv", bytes: Self.bytes("a\n1\n"), token: admin)
            #expect(ok.status == .created, "\(ok.body)")
        }
    }

    /// The `multipart` fuzz target's seeds (fuzz/corpus/multipart: the first line the
    /// `Content-Type`, the rest the body), run through the upload's reader as the target runs
    /// them: each is read or refused with a 4xx, never an internal error.
    @Test("the multipart fuzz target's seeds are read or refused with a 4xx, in chunks of several sizes")
    func fuzzSeeds() async throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fuzz/corpus/multipart")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        #expect(seeds.contains("regression-non-ascii-header-name"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("multipart-seeds-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var read = 0
        for seed in seeds {
            let data = Array(try Data(contentsOf: corpus.appendingPathComponent(seed)))
            let newline = data.firstIndex(of: 0x0A) ?? data.count
            let body = Array(data[min(newline + 1, data.count)...])
            for size in [1, 5, 1 + newline % 97, max(1, body.count)] {
                let stream = AsyncStream<ByteBuffer> { continuation in
                    var offset = 0
                    while offset < body.count {
                        continuation.yield(ByteBuffer(bytes: body[offset..<min(offset + size, body.count)]))
                        offset += size
                    }
                    continuation.finish()
                }
                var fields = HTTPFields()
                fields[.contentType] = String(decoding: data[..<newline], as: UTF8.self)
                let head = HTTPRequest(
                    method: .post, scheme: "http", authority: "localhost", path: "/api/v1/data/upload",
                    headerFields: fields)
                let request = Request(head: head, body: Hummingbird.RequestBody(asyncSequence: stream))
                do {
                    _ = try await MultipartUpload.receive(
                        request, limit: 1 << 20, destination: folder.appendingPathComponent("upload.bin"))
                    read += 1
                } catch let error as APIError {
                    #expect(error.code != .internalError, "\(seed): \(error)")
                }
            }
        }
        #expect(read > 0, "the well-formed seeds are read")
    }
}
