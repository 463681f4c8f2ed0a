import Foundation
import Hummingbird
import Testing

@testable import Serve

@Suite("Response encoding")
struct JSONBodyTests {
    struct Sample: Encodable, Sendable {
        let name: String
        let path: String
        let score: Double?
        let tags: [String]
        let nested: [String: Int]
    }

    static let date = Date(timeIntervalSince1970: 1_800_000_000)
    static let samples = [
        Sample(name: "plain", path: "/a/b", score: 1.5, tags: [], nested: [:]),
        Sample(
            name: "quote \" backslash \\ tab \t <b>&</b> ünïcödé \u{2028} \u{1}", path: "x/y", score: nil,
            tags: ["b", "a"], nested: ["z": 1, "a": 2]),
    ]

    @Test(
        "the written envelope is byte for byte the encoded Envelope, for plain messages and ones that need escaping",
        arguments: [
            "Operation completed successfully", "User created", "say \"hi\"", "back\\slash", "new\nline", "ü", "",
        ])
    func sameBytes(message: String) throws {
        for sample in Self.samples {
            let written = try JSONBody.envelope(sample, message: message, at: Self.date)
            let encoded = try JSONBody.encoder.encode(Envelope(sample, message: message, at: Self.date))
            #expect(String(buffer: written) == String(decoding: encoded, as: UTF8.self))
        }
        let response = try JSONBody.response(Self.samples[0], status: .created, message: message)
        #expect(response.status == .created)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
    }

    @Test("a payload the encoder refuses still throws")
    func refused() {
        #expect(throws: EncodingError.self) { try JSONBody.response([Double.nan]) }
    }
}
