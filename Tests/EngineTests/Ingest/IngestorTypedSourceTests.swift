import Foundation
import Testing

@testable import Engine

@Suite("Loading XLSX and JSON files")
struct IngestorTypedSourceTests {
    func load(_ folder: String, _ name: String, options: IngestOptions = .init()) throws -> (LoadReport, Connection) {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let db = try Connection.inMemory()
        let url = root.appendingPathComponent(folder).appendingPathComponent(name)
        return (try Ingestor.load(url, into: db, table: "t", options: options), db)
    }

    @Test("types a workbook's first sheet from its typed cells")
    func xlsxFirstSheet() throws {
        let (report, db) = try load("xlsx", "openpyxl_multi.xlsx")
        #expect(report.rows == 5)
        #expect(report.columns.map(\.type) == [.string, .integer, .decimal, .boolean, .string])
        #expect(report.columns.map(\.nullable) == [false, true, true, true, true])
        #expect(
            try CSVFixture.rows(db, "units, active, note") == [
                [12, 1, "first"], [-3, 0, nil], [nil, nil, "  spaced  "],
                [1_099_511_627_776, 1, "line\nbreak & <tag>"],
                [nil, nil, "bold rich text"],
            ])
    }

    @Test("loads the sheet named in the options, with date and datetime columns")
    func xlsxNamedSheet() throws {
        let (report, db) = try load("xlsx", "openpyxl_multi.xlsx", options: IngestOptions(sheet: "Dates"))
        #expect(
            report.columns.map(\.type) == [.date, .datetime, .date, .decimal, .integer, .string, .datetime])
        #expect(
            try CSVFixture.rows(db, "day, stamp, dmy") == [
                ["2024-01-15", "2024-01-15 10:30:00", "2023-07-04 08:05:00"],
                ["1900-03-01", "2000-02-29 23:59:59", "2023-12-31 00:00:00"],
            ])
    }

    @Test("types a JSON array, keeping nested values as JSON text")
    func jsonArray() throws {
        let (report, db) = try load("json", "array.json")
        let types = Dictionary(uniqueKeysWithValues: report.columns.map { ($0.name, $0.type) })
        #expect(types["name"] == .string)
        #expect(types["age"] == .integer)
        #expect(types["score"] == .decimal)
        #expect(types["active"] == .boolean)
        #expect(types["tags"] == .string)
        #expect(types["big"] == .decimal)
        #expect(
            try CSVFixture.rows(db, "age, score, tags") == [
                [34, 1.5, "[\"a\",\"b\"]"], [-7, nil, nil], [9_223_372_036_854_775_807, 1000.0, nil], [nil, nil, nil],
            ])
    }

    @Test("types NDJSON records")
    func ndjson() throws {
        let (report, db) = try load("json", "lines.ndjson")
        #expect(report.columns.map(\.name) == ["id", "city", "note"])
        #expect(report.columns.map(\.type) == [.integer, .string, .string])
        #expect(
            try CSVFixture.rows(db, "id, city, note") == [[1, "Zürich", nil], [2, "Oslo", "x"], [nil, nil, nil]])
    }

    @Test("reports the readers' errors as IngestError and leaves no table")
    func readerErrors() throws {
        for (folder, name) in [("xlsx", "bomb.xlsx"), ("json", "deep.json"), ("xlsx", "really_csv.xlsx")] {
            #expect(throws: IngestError.self, "\(name)") { try load(folder, name) }
        }
    }
}
