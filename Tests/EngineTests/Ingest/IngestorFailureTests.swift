import Foundation
import TestSupport
import Testing

@testable import Engine

@Suite("Failed loads")
struct IngestorFailureTests {
    @Test("an unterminated quote fails with path:line:column and leaves no table")
    func unterminated() throws {
        let db = try Connection.inMemory()
        let url = try CSVFixture.url("unterminated.csv")
        do {
            _ = try Ingestor.load(url, into: db, table: "t")
            Issue.record("expected an error")
        } catch let error as IngestError {
            #expect(error.description == "\(url.path):3:3: a quoted field starts here but its closing quote is missing")
        }
        #expect(try db.tableNames().isEmpty)
    }

    @Test("refuses to replace an existing table and keeps it intact")
    func existingTable() throws {
        let db = try Connection.inMemory()
        try db.execute("CREATE TABLE T(x); INSERT INTO T VALUES (1)")
        #expect(throws: IngestError.self) { try Ingestor.load(try CSVFixture.url("ragged.csv"), into: db, table: "t") }
        #expect(try db.query("SELECT x FROM T").rows == [[1]])
    }

    @Test("rolls back the whole load when a row fails half-way through the insert pass")
    func rollback() throws {
        let dir = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir.url) }
        let db = try Connection(path: dir.path("db.sqlite"))
        // The first pass sees three integers; the second pass finds text in the third row.
        var opened = 0
        let loader = TableLoader(path: "/data/changing.csv", db: db, table: "t")
        do {
            _ = try loader.load {
                opened += 1
                let third: Field = opened == 1 ? .text("3") : .text("three")
                return FieldRowCursor(reader: ArrayReader(header: ["n"], rows: [[.integer(1)], [.text("2")], [third]]))
            }
            Issue.record("expected an error")
        } catch let error as IngestError {
            #expect(error.path == "/data/changing.csv")
            #expect(error.line == 4)
            #expect(error.message.hasPrefix("field 1 (n) is not a valid integer"))
        }
        #expect(opened == 2)
        #expect(try db.tableNames().isEmpty)
        #expect(try db.query("SELECT count(*) FROM sqlite_schema").rows == [[0]])
    }

    @Test("a header without rows gives an empty table of nullable-free text columns")
    func headerOnly() throws {
        let dir = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir.url) }
        let db = try Connection.inMemory()
        let url = URL(fileURLWithPath: try dir.write("h.csv", "a;b\r\n"))
        let report = try Ingestor.load(url, into: db, table: "h")
        #expect(report.rows == 0)
        #expect(
            report.columns == [
                LoadedColumn(name: "a", type: .string, nullable: false),
                LoadedColumn(name: "b", type: .string, nullable: false),
            ])
        #expect(try db.query("SELECT count(*) FROM h").rows == [[0]])
    }

    @Test("an empty file, a missing file and UTF-16 give clear errors")
    func badFiles() throws {
        let dir = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir.url) }
        let db = try Connection.inMemory()
        let empty = URL(fileURLWithPath: try dir.write("empty.csv", ""))
        #expect(throws: IngestError(path: empty.path, line: 1, message: "the file is empty; a header row is needed")) {
            try Ingestor.load(empty, into: db, table: "e")
        }
        let missing = dir.url.appendingPathComponent("nope.csv")
        #expect(throws: IngestError.self) { try Ingestor.load(missing, into: db, table: "m") }
        let utf16 = dir.url.appendingPathComponent("u16.csv")
        try Data([0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00]).write(to: utf16)
        #expect(throws: IngestError.self) { try Ingestor.load(utf16, into: db, table: "u") }
        #expect(try db.tableNames().isEmpty)
    }
}

/// Records from memory; line N+1 is the N-th record (line 1 is the header).
struct ArrayReader: RecordReader {
    let header: [String]
    let rows: [[Field]]
    private var index = 0

    init(header: [String], rows: [[Field]]) {
        self.header = header
        self.rows = rows
    }

    var line: Int { index + 1 }

    mutating func next() throws -> [Field]? {
        guard index < rows.count else { return nil }
        index += 1
        return rows[index - 1]
    }
}
