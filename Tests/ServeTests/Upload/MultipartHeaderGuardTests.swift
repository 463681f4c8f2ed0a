import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MultipartKit
import NIOCore
import Testing

@testable import Serve

@Suite("Multipart header guard")
struct MultipartHeaderGuardTests {
    static let boundary = "q b"

    /// Whether the guard admits `body` fed in chunks of `size` bytes.
    static func admits(_ body: [UInt8], chunk size: Int) -> Bool {
        var guardian = MultipartHeaderGuard(boundary: boundary)
        var start = 0
        while start < body.count {
            let end = min(body.count, start + size)
            if !guardian.admit(body[start..<end]) { return false }
            start = end
        }
        return true
    }

    static func part(name: String, headerName: [UInt8] = Array("Content-Disposition".utf8), body: String)
        -> [UInt8]
    {
        Array("--\(boundary)\r\n".utf8) + headerName
            + Array(": form-data; name=\"\(name)\"; filename=\"r\u{e9}sum\u{e9}.csv\"\r\n\r\n\(body)\r\n".utf8)
    }

    @Test("well-formed bodies pass whole and byte by byte, non-ASCII in values and data included")
    func wellFormed() {
        let body =
            Array("preamble \u{e9}\r\n".utf8) + Self.part(name: "file", body: "a,b\n\u{e9},2\r\n-- q b-ish")
            + Self.part(name: "data_source_name", body: "n\u{e9}") + Array("--\(Self.boundary)--\r\n\u{ff}".utf8)
        for size in [1, 2, 7, 64, body.count] { #expect(Self.admits(body, chunk: size), "chunk \(size)") }
    }

    @Test("a header name with a byte above 0x7F is refused, in any part and across chunk edges")
    func refusesNonASCIINames() {
        let bad = Array("Content-Disposi".utf8) + [0xEC] + Array("tion".utf8)
        let first = Self.part(name: "file", headerName: bad, body: "x")
        let second = Self.part(name: "file", body: "x") + Self.part(name: "other", headerName: bad, body: "y")
        let preambleMatch = Array("xx--\(Self.boundary)\r\n".utf8) + [0x80] + Array(": v\r\n\r\n".utf8)
        for body in [first, second, preambleMatch] {
            for size in [1, 3, body.count] { #expect(!Self.admits(body, chunk: size)) }
        }
    }

    /// The input libFuzzer found (fuzz/corpus/multipart/crash-…): without the guard the parser
    /// traps on it. The parser is run only on inputs the guard admits.
    @Test("the fuzzer's crashing input is refused before the parser sees it")
    func fuzzFinding() throws {
        let input =
            Array(
                "--''%C3%A9.csv\r\n\r\nx\r\n--q b\r\nContent-Disposi".utf8) + [0xEC]
            + Array("tion: form-data; name=\"file\"; filename=\"b.csv\"\r\n\r\ny\r\n--q b--\r\n".utf8)
        #expect(!Self.admits(input, chunk: input.count))
        let good = Self.part(name: "file", body: "z") + Array("--\(Self.boundary)--\r\n".utf8)
        #expect(Self.admits(good, chunk: 5))
        let parser = MultipartParser(boundary: Self.boundary)
        var parts = 0
        parser.onPartComplete = { parts += 1 }
        try parser.execute(ByteBuffer(bytes: good))
        #expect(parts == 1)
    }

    @Test("over HTTP, the hostile upload answers 422 and the server keeps serving")
    func overHTTP() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let body =
                Array("--XyZ\r\nContent-Disposi".utf8) + [0xEC]
                + Array("tion: form-data; name=\"file\"; filename=\"b.csv\"\r\n\r\na\n1\r\n--XyZ--\r\n".utf8)
            var headers = HTTPFields()
            headers[.authorization] = "Bearer \(admin)"
            headers[.contentType] = "multipart/form-data; boundary=XyZ"
            let status = try await c.client.execute(
                uri: "/api/v1/data/upload", method: .post, headers: headers, body: ByteBuffer(bytes: body)
            ) { $0.status }
            #expect(status == .unprocessableContent)
            let ok = try await c.upload("after.csv", bytes: Array("a\n1\n".utf8), token: admin)
            #expect(ok.status == .created, "\(ok.body)")
        }
    }
}
