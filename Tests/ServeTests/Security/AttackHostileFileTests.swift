import Foundation
import HTTPTypes
import Testing

@testable import Serve

/// Issue 17's hostile files (the set scripts/fuzz-files runs through the CLI) uploaded over the
/// API: each is refused with 422 `VALIDATION_ERROR` naming what is wrong (and where, when a
/// position applies), never a 5xx or a hang, and the server goes on answering. The 16 MiB line
/// stays with scripts/fuzz-files: a debug build's multipart parser needs about 6 s per MiB.
@Suite("Attack battery: hostile files over the upload route")
struct AttackHostileFileTests {
    /// An XLSX fixture of the Engine's tests.
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("EngineTests/Fixtures/xlsx/\(name)")
        return Array(try Data(contentsOf: url))
    }

    static func cases() throws -> [(name: String, bytes: [UInt8], says: String)] {
        var random = SystemRandomNumberGenerator()
        let noise = (0..<(256 << 10)).map { _ in UInt8.random(in: 0...255, using: &random) }
        let columns = (0..<2001).map { "c\($0)" }.joined(separator: ",")
        return [
            (
                "long_field.csv", Array("id,text\n1,\"".utf8) + Array(repeating: 0x78, count: (1 << 20) + 1) + [0x22],
                "line 2"
            ),
            ("many_columns.csv", Array("\(columns)\n\(columns)\n".utf8), "line 1"),
            ("long_name.csv", Array((String(repeating: "n", count: 1025) + ",b\n1,2\n").utf8), "line 1"),
            (
                "long_string.json",
                Array("[{\"a\": \"".utf8) + Array(repeating: 0x79, count: (1 << 20) + 1) + Array("\"}]".utf8), "line 1"
            ),
            (
                "deep.json",
                Array("[{\"a\": ".utf8) + Array(repeating: 0x5B, count: 200_000)
                    + Array(repeating: 0x5D, count: 200_000) + Array("}]".utf8), "line 1"
            ),
            (
                "utf16.csv", [0xFF, 0xFE] + Array("a,b\n1,2\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
                "UTF-16"
            ),
            ("bomb.xlsx", try fixture("bomb.xlsx"), ""),
            ("doctype.xlsx", try fixture("doctype_sheet.xlsx"), ""),
            ("random.xlsx", noise, ""),
            ("empty.csv", [], ""),
        ]
    }

    @Test("each hostile file is a 422 naming the problem; the server keeps answering")
    func hostileFiles() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            for file in try Self.cases() {
                let r = try await c.upload(file.name, bytes: file.bytes, token: admin)
                #expect(r.status == .unprocessableContent, "\(file.name): \(r.status) \(r.body.prefix(300))")
                #expect(r.errorCode == "VALIDATION_ERROR", "\(file.name): \(r.body.prefix(300))")
                let message = "\(r.error)"
                #expect(file.says.isEmpty || message.contains(file.says), "\(file.name): \(message.prefix(300))")
                #expect(!message.contains("/sources/"), "\(file.name) leaks a server path: \(message.prefix(300))")
            }
            #expect(try await c.call(.get, "/healthz").status == .ok)
            let list = try await c.call(.get, "/api/v1/data/sources", token: admin)
            #expect(
                (list.data["pagination"] as? [String: Int])?["total"] == 0, "a refused file left a source: \(list.body)"
            )
        }
    }

    @Test("a file name that climbs out of the data folder stores nothing outside it")
    func traversalName() async throws {
        let outside = "/tmp/aiser-traversal-\(UUID().uuidString).csv"
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let r = try await c.upload(
                "../../../../../../..\(outside)", bytes: Array("a,b\n1,2\n".utf8), token: admin)
            #expect(r.status.code < 500, "\(r.status) \(r.body)")
            #expect(!FileManager.default.fileExists(atPath: outside))
        }
    }
}
