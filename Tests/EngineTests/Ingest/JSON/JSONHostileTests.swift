import Foundation
import TestSupport
import Testing

@testable import Engine

@Suite("JSON reader rejects malformed and hostile files with path:line:column")
struct JSONHostileTests {
    /// The error from reading `text` as a JSON source to the end.
    func failure(_ text: String, limits: JSONSource.Limits = .init()) throws -> JSONError? {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let url = URL(fileURLWithPath: try directory.write("bad.json", text))
        return #expect(throws: JSONError.self) {
            _ = try ReaderFixture.readAll(JSONSource(url: url, limits: limits))
        }
    }

    @Test("nesting deeper than the limit (100 arrays) is refused where it happens")
    func deep() throws {
        let url = try ReaderFixture.url("json", "deep.json")
        let error = #expect(throws: JSONError.self) { try JSONSource(url: url) }
        #expect(error?.kind == .limitExceeded)
        #expect(error?.description == url.path + ":1:70: arrays and objects are nested more than 64 levels deep")
        let deeper = try JSONSource(url: url, limits: .init(maxDepth: 200))
        let records = try ReaderFixture.readAll(deeper).records
        #expect(
            records.first?.fields == [.text(String(repeating: "[", count: 100) + String(repeating: "]", count: 100))])
    }

    @Test(
        "malformed JSON is located by line and column",
        arguments: [
            ("[{\"a\": 1},\n {\"a\": 2}", 2, 10, "the file ends inside the top-level array"),
            ("[{\"a\": 1}] x", 1, 12, "expected nothing after the top-level array, found `x`"),
            ("{\"a\": \"x\ty\"}", 1, 9, "a control character inside a string must be escaped"),
            ("{\"a\": \"\\q\"}", 1, 8, "`\\q` is not a valid escape"),
            ("{\"a\": 012}", 1, 8, "a number may not have a leading zero"),
            ("{\"a\": 1.}", 1, 9, "expected a digit after the decimal point"),
            ("{\"a\": tru}", 1, 10, "expected `true`"),
            ("{\"a\": 1, }", 1, 10, "expected a key in double quotes"),
            ("{\"a\" 1}", 1, 6, "expected `:` after the key \"a\""),
            ("{\"a\": [1 2]}", 1, 10, "expected `,` or `]`"),
            ("{\"b\": 1}\n{\"a\": \"é\" x}", 2, 11, "expected `,` or `}` after a value"),
            ("{\"a\": \"unterminated", 1, 20, "the file ends inside a string"),
            ("{\"a\": \"two\nlines\"}", 1, 11, "a control character inside a string must be escaped"),
        ])
    func malformed(text: String, line: Int, column: Int, message: String) throws {
        let error = try failure(text)
        #expect(error?.kind == .malformed)
        #expect(error?.line == line)
        #expect(error?.column == column)
        #expect(error?.message == message)
    }

    @Test(
        "valid JSON that is not records",
        arguments: [
            ("[1, 2]", 1, 2, "expected an object (a record) in the top-level array, found a number"),
            ("\"just a string\"", 1, 1, "expected an array of objects or one object per line (NDJSON), found a string"),
            ("{\"a\": 1}\n[2]\n", 2, 1, "expected an object at the start of a line (NDJSON), found an array"),
        ])
    func notRecords(text: String, line: Int, column: Int, message: String) throws {
        let error = try failure(text)
        #expect(error?.kind == .notRecords)
        #expect(error?.line == line)
        #expect(error?.column == column)
        #expect(error?.message == message)
    }

    @Test("two objects on one NDJSON line, an empty file, a missing file")
    func shapes() throws {
        let twoOnALine = try failure("{\"a\": 1} {\"a\": 2}\n")
        #expect(twoOnALine?.message == "expected one object per line, found an object after the object")
        #expect(twoOnALine?.column == 10)
        let empty = try failure(" \n\n")
        #expect(empty?.kind == .notRecords)
        #expect(
            empty?.description.hasSuffix(
                "bad.json: the file is empty; expected an array of objects or one object per line") == true)
        let missing = #expect(throws: JSONError.self) {
            try JSONSource(url: URL(fileURLWithPath: "/nonexistent/x.json"))
        }
        #expect(missing?.kind == .unreadable)
        #expect(missing?.description == "/nonexistent/x.json: the file does not exist or cannot be read")
    }

    @Test("too many distinct keys and over-long strings hit the limits")
    func limits() throws {
        let keys = try failure("{\"a\":1}\n{\"b\":1,\"c\":1}\n{\"d\":1}\n", limits: .init(maxColumns: 3))
        #expect(keys?.kind == .limitExceeded)
        #expect(keys?.line == 3)
        #expect(keys?.message == "the records have more than 3 distinct keys")
        let long = try failure("[{\"a\": \"0123456789abc\"}]", limits: .init(maxFieldBytes: 10))
        #expect(long?.kind == .limitExceeded)
        #expect(long?.message == "a string is longer than 10 bytes")
        let nested = try failure("[{\"a\": [\"0123\", \"4567\", \"89\"]}]", limits: .init(maxFieldBytes: 10))
        #expect(nested?.message == "a nested value is longer than 10 bytes")
    }
}
