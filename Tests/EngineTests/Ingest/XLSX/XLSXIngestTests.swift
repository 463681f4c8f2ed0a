import Foundation
import Testing

@testable import Engine

@Suite("Loading .xlsx and JSON files into typed tables")
struct XLSXIngestTests {
    func load(_ area: String, _ name: String, sheet: String? = nil) throws -> (LoadReport, Connection) {
        let db = try Connection.inMemory()
        let url = try ReaderFixture.url(area, name)
        let report = try Ingestor.load(url, into: db, table: "t", options: IngestOptions(sheet: sheet))
        return (report, db)
    }

    func rows(_ db: Connection, _ columns: String) throws -> [[SQLValue]] {
        try db.query("SELECT \(columns) FROM t ORDER BY rowid").rows
    }

    @Test("a workbook's first sheet becomes a typed table")
    func sales() throws {
        let (report, db) = try load("xlsx", "openpyxl_multi.xlsx")
        #expect(report.rows == 5)
        #expect(report.columns.map(\.name) == ["region", "units", "price", "active", "note"])
        #expect(report.columns.map(\.type) == [.string, .integer, .decimal, .boolean, .string])
        #expect(report.columns.map(\.nullable) == [false, true, true, true, true])
        #expect(report.raggedRows == 0)
        #expect(
            try rows(db, "region, units, price") == [
                ["North", 12, 9.5], ["South", -3, 0.001], ["East", nil, 2.25],
                ["Wést ü", 1_099_511_627_776, 1_234_567.125],
                ["Rich", nil, nil],
            ])
    }

    @Test("date-formatted cells load as date and datetime columns")
    func dates() throws {
        let (report, db) = try load("xlsx", "openpyxl_multi.xlsx", sheet: "Dates")
        #expect(report.columns.map(\.type)[0...4] == [.date, .datetime, .date, .decimal, .integer])
        #expect(report.columns.last?.type == .datetime)
        #expect(
            try rows(db, "day, stamp, custom") == [
                ["2024-01-15", "2024-01-15 10:30:00", "1999-12-31"],
                ["1900-03-01", "2000-02-29 23:59:59", "2024-02-29"],
            ])
    }

    @Test("a 1904-system workbook by xlsxwriter loads the same dates as the 1900 one")
    func xlsxwriter() throws {
        let (a, dbA) = try load("xlsx", "xlsxwriter_1904.xlsx")
        let (b, dbB) = try load("xlsx", "xlsxwriter_inline.xlsx")
        #expect(a.columns == b.columns)
        #expect(a.columns.map(\.type)[0...2] == [.string, .date, .datetime])
        #expect(a.columns[4].type == .boolean)
        #expect(try rows(dbA, "name, \"when\", flag") == [["alpha", "2024-01-15", 1], ["beta", "1904-01-01", 0]])
        #expect(try rows(dbA, "*") == rows(dbB, "*"))
    }

    @Test("a JSON array loads with nested values as JSON text")
    func json() throws {
        let (report, db) = try load("json", "array.json")
        #expect(report.columns.map(\.name) == ["name", "age", "score", "active", "tags", "extra", "big"])
        #expect(report.columns.map(\.type)[0...4] == [.string, .integer, .decimal, .boolean, .string])
        #expect(
            try rows(db, "json_extract(tags, '$[1]'), json_extract(extra, '$.k[2].x')")[0...1] == [
                ["b", nil], [nil, "q\"\\\n"],
            ])
    }

    @Test("NDJSON loads one row per line")
    func ndjson() throws {
        let (report, db) = try load("json", "lines.ndjson")
        #expect(report.columns.map(\.type) == [.integer, .string, .string])
        #expect(try rows(db, "id, city, note") == [[1, "Zürich", nil], [2, "Oslo", "x"], [nil, nil, nil]])
    }

    @Test("a hostile workbook fails with the reader's message as an IngestError and leaves no table")
    func hostile() throws {
        let db = try Connection.inMemory()
        let error = #expect(throws: IngestError.self) {
            try Ingestor.load(try ReaderFixture.url("xlsx", "bomb.xlsx"), into: db, table: "t")
        }
        #expect(
            error?.message == "xl/worksheets/sheet1.xml inflates more than 200 times its compressed size (a zip bomb?)")
        #expect(try db.tableNames().isEmpty)
    }

    @Test("a bad cell's row and column reach the IngestError")
    func badCellLocation() throws {
        let db = try Connection.inMemory()
        let error = #expect(throws: IngestError.self) {
            try Ingestor.load(try ReaderFixture.url("xlsx", "bad_string_index.xlsx"), into: db, table: "t")
        }
        #expect(error?.line == 3)
        #expect(error?.column == 1)
        #expect(try db.tableNames().isEmpty)
    }
}
