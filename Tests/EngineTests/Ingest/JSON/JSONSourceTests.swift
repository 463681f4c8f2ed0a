import Foundation
import TestSupport
import Testing

@testable import Engine

@Suite("JSON and NDJSON reader")
struct JSONSourceTests {
    typealias Record = ReaderFixture.Record

    static let arrayHeader = ["name", "age", "score", "active", "tags", "extra", "big"]
    static let arrayRecords = [
        Record(
            line: 2,
            fields: [
                .text("Ann"), .integer(34), .number(1.5), .boolean(true), .text(#"["a","b"]"#), .missing, .missing,
            ]),
        Record(
            line: 3,
            fields: [
                .text("Bob \"B\" é😀"), .integer(-7), .missing, .boolean(false), .missing,
                .text(#"{"k":[1,2.50,{"x":"q\"\\\n"}],"e":{},"f":[]}"#), .missing,
            ]),
        Record(
            line: 9,
            fields: [
                .missing, .integer(Int64.max), .number(1000), .missing, .missing, .missing,
                .number(9_223_372_036_854_775_808),
            ]),
        Record(line: 10, fields: Array(repeating: .missing, count: 7)),
    ]

    @Test("a top-level array: typed fields, nested values as compact JSON, union header, record start lines")
    func array() throws {
        let source = try JSONSource(url: ReaderFixture.url("json", "array.json"))
        let (header, records) = try ReaderFixture.readAll(source)
        #expect(header == Self.arrayHeader)
        #expect(records == Self.arrayRecords)
    }

    @Test("reads the same records through a 3-byte buffer (every token crosses a refill)")
    func tinyBuffer() throws {
        let url = try ReaderFixture.url("json", "array.json")
        var reader = try JSONReader(path: url.path, limits: .init(), header: Self.arrayHeader, bufferSize: 3)
        var records: [Record] = []
        while let fields = try reader.next() { records.append(Record(line: reader.line, fields: fields)) }
        #expect(records == Self.arrayRecords)
    }

    @Test("NDJSON with a BOM, CRLF line ends, blank lines and keys in any order")
    func lines() throws {
        let source = try JSONSource(url: ReaderFixture.url("json", "lines.ndjson"))
        let (header, records) = try ReaderFixture.readAll(source)
        #expect(header == ["id", "city", "note"])
        #expect(
            records == [
                Record(line: 1, fields: [.integer(1), .text("Zürich"), .missing]),
                Record(line: 3, fields: [.integer(2), .text("Oslo"), .text("x")]),
                Record(line: 5, fields: [.missing, .missing, .missing]),
            ])
    }

    @Test("an empty array and a lone object are valid; the last duplicate key wins")
    func small() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let empty = try JSONSource(url: URL(fileURLWithPath: directory.write("e.json", " [ ] \n")))
        #expect(empty.header.isEmpty)
        #expect(try ReaderFixture.readAll(empty).records.isEmpty)
        let lone = try JSONSource(url: URL(fileURLWithPath: directory.write("o.json", #"{"a": 1, "a": "two"}"#)))
        #expect(try ReaderFixture.readAll(lone).records == [Record(line: 1, fields: [.text("two")])])
    }

    @Test("streams a file of many records, with lines counted across buffer refills")
    func many() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var text = ""
        for i in 1...30_000 { text += #"{"i": \#(i), "s": "row \#(i)", "x": \#(i).5}"# + "\n" }
        let source = try JSONSource(url: URL(fileURLWithPath: directory.write("many.ndjson", text)))
        var reader = try source.open()
        var count = 0
        var sum: Int64 = 0
        var last: [Field] = []
        while let fields = try reader.next() {
            count += 1
            if case .integer(let i) = fields[0] { sum += i }
            last = fields
        }
        #expect(count == 30_000)
        #expect(sum == 450_015_000)
        #expect(reader.line == 30_000)
        #expect(last == [.integer(30_000), .text("row 30000"), .number(30_000.5)])
    }
}
