import Foundation
import TestSupport
import Testing

@testable import Engine

/// Record, field, column-count and column-name caps for every format (issue 17, finding 2: a
/// 60 MiB header line was accepted as one column with a 60 MiB name, at a 2.4 GiB peak).
@Suite("Ingest limits")
final class IngestLimitsTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory() }
    deinit { dir.remove() }

    func load(_ path: String, _ limits: IngestLimits = IngestLimits()) throws -> IngestError? {
        let db = try Connection.inMemory()
        do {
            _ = try Ingestor.load(URL(fileURLWithPath: path), into: db, table: "t", options: .init(limits: limits))
            return nil
        } catch let e as IngestError {
            #expect(try db.tableNames().isEmpty, "a refused file leaves no table")
            return e
        }
    }

    @Test("regression: a 17 MiB header line is refused at 1:1 by the default 1 MiB field cap")
    func longHeaderLine() throws {
        let path = try dir.write("wide.csv", String(repeating: "x", count: 17 << 20) + "\n1\n")
        let e = try #require(try load(path))
        #expect(e.description == "\(path):1:1: field 1 is longer than 1 MiB")
    }

    @Test("a record past the record cap is refused at its line even when every field is short")
    func longRecord() throws {
        let path = try dir.write("r.csv", "a\n" + String(repeating: "ab,", count: 40_000) + "\n")
        let e = try #require(try load(path, IngestLimits(maxRecordBytes: 64 << 10, maxColumns: 100_000)))
        #expect(e.description == "\(path):2:1: a record is longer than 64 KiB; is a quote left open?")
    }

    @Test("a CSV field past the field cap is refused at its line and column")
    func longField() throws {
        let path = try dir.write("f.csv", "a,b\n1," + String(repeating: "y", count: 2000) + "\n")
        let e = try #require(try load(path, IngestLimits(maxFieldBytes: 1000)))
        #expect(e.description == "\(path):2:3: field 2 is longer than 1000 bytes")
    }

    @Test("a quoted CSV field spanning lines is located where it starts")
    func longQuotedField() throws {
        let path = try dir.write("q.csv", "a,b\n1,\"" + String(repeating: "y\n", count: 600) + "\"\n")
        let e = try #require(try load(path, IngestLimits(maxFieldBytes: 1000)))
        #expect(e.line == 2 && e.column == 3, "\(e)")
    }

    @Test("a CSV record with more fields than the column cap is refused at the first one past it")
    func tooManyFields() throws {
        let path = try dir.write("c.csv", "c0,c1,c2,c3,c4,c5,c6\n")
        let e = try #require(try load(path, IngestLimits(maxColumns: 5)))
        #expect(e.description == "\(path):1:16: a record has more than 5 fields")
    }

    @Test("a column name past the name cap is refused at line 1, its column")
    func longColumnName() throws {
        let path = try dir.write("n.csv", "a," + String(repeating: "n", count: 300) + "\n1,2\n")
        let e = try #require(try load(path, IngestLimits(maxColumnNameBytes: 256)))
        #expect(e.description == "\(path):1:3: the name of column 2 is longer than 256 bytes")
    }

    @Test("JSON: a string past the field cap and too many keys are refused with a location")
    func json() throws {
        let long = try dir.write("l.json", #"[{"a": 1, "b": ""# + String(repeating: "z", count: 2000) + "\"}]")
        let e = try #require(try load(long, IngestLimits(maxFieldBytes: 1000)))
        #expect(e.line != nil, "\(e)")
        let keys = (0..<8).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let wide = try dir.write("w.json", "[{\(keys)}]")
        #expect(try load(wide, IngestLimits(maxColumns: 5)) != nil)
        #expect(try load(wide, IngestLimits(maxColumns: 8)) == nil)
    }

    @Test("XLSX: a cell past the field cap and a long column name are refused with a location")
    func xlsx() throws {
        let url = try ReaderFixture.url("xlsx", "xlsxwriter_inline.xlsx")
        let cell = try #require(try load(url.path, IngestLimits(maxFieldBytes: 4)))
        #expect(cell.line == 2 && cell.column == 1, "\(cell)")
        let name = try #require(try load(url.path, IngestLimits(maxColumnNameBytes: 6)))
        #expect(name.line == 1 && name.message.contains("column 6"), "\(name)")
    }
}
