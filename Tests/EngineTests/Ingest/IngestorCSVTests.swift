import Foundation
import Testing

@testable import Engine

@Suite("Loading messy CSV files")
struct IngestorCSVTests {
    @Test("reads a UTF-8 file with a BOM and CRLF line ends")
    func bomCRLF() throws {
        let (report, db) = try CSVFixture.load("bom_crlf.csv")
        #expect(report.columns.map(\.name) == ["city", "visits", "opened"])
        #expect(report.columns.map(\.type) == [.string, .integer, .date])
        #expect(report.columns.map(\.nullable) == [false, true, false])
        #expect(report.warnings.isEmpty)
        #expect(
            try CSVFixture.rows(db, "city, visits, opened") == [
                ["München", 12, "2024-01-15"], ["Zürich", 7, "2024-02-29"], ["São Paulo", nil, "2023-12-31"],
            ])
        #expect(try db.columns(of: "t").map(\.type) == [.string, .integer, .date])
    }

    @Test("falls back to Windows-1252 and reads semicolons with decimal commas")
    func windows1252() throws {
        let (report, db) = try CSVFixture.load("cp1252.csv")
        #expect(report.columns.map(\.type) == [.string, .decimal, .string])
        #expect(report.warnings == ["the file is not valid UTF-8, so it was read as Windows-1252"])
        #expect(
            try CSVFixture.rows(db, "name, price, note") == [
                ["Café", 3.5, "€ only"], ["Müsli", 12.25, "über"], ["Tee", 1234.5, nil],
            ])
    }

    @Test("keeps quoted line breaks and doubled quotes")
    func quotedNewlines() throws {
        let (report, db) = try CSVFixture.load("quoted_newlines.csv")
        #expect(report.rows == 4)
        #expect(
            try CSVFixture.rows(db, "text, amount") == [
                ["line one\nline two", 10], ["say \"hi\", ok", 20], ["a\r\nb\r\nc", 30], ["plain", 40],
            ])
    }

    @Test("reads CR-only line ends and a pipe delimiter")
    func crPipe() throws {
        let (report, db) = try CSVFixture.load("cr_pipe.csv")
        #expect(report.columns.map(\.type) == [.integer, .string, .boolean])
        #expect(try CSVFixture.rows(db, "a, b, c") == [[1, "x", 1], [2, "y", 0], [3, "z", nil]])
    }

    @Test("pads short rows, cuts long rows and reports where they are")
    func ragged() throws {
        let (report, db) = try CSVFixture.load("ragged.csv")
        #expect(report.rows == 5)
        #expect(report.raggedRows == 3)
        #expect(report.raggedLines == [3, 4, 6])
        #expect(report.columns.map(\.nullable) == [false, true, true])
        #expect(report.warnings.count == 1)
        #expect(
            try CSVFixture.rows(db, "a, b, c") == [
                [1, 2, 3], [4, 5, nil], [6, 7, 8], [11, 12, 13], [14, nil, nil],
            ])
    }

    @Test("normalises blank and duplicate header names")
    func headers() throws {
        let (report, db) = try CSVFixture.load("headers.csv")
        #expect(report.columns.map(\.name) == ["id", "name", "column_3", "Name_2", "name_3", "total"])
        #expect(report.warnings.count == 3)
        #expect(try CSVFixture.rows(db, "\"Name_2\", total") == [["c", 2]])
    }

    @Test("recognises each date format per column and leaves mixed ones as text")
    func dates() throws {
        let (report, db) = try CSVFixture.load("dates.csv")
        let types = report.columns.map(\.type)
        #expect(types == [.date, .date, .date, .date, .date, .date, .date, .datetime, .string, .date])
        let expected: [SQLValue] = ["2024-01-15", "2024-02-29", "2023-12-31"]
        for column in ["iso", "us", "eu", "dotted", "ymd", "named", "dayname"] {
            #expect(try CSVFixture.rows(db, column).map { $0[0] } == expected, "\(column)")
        }
        #expect(
            try CSVFixture.rows(db, "stamp").map { $0[0] } == [
                "2024-01-15 10:30:00", "2024-01-16 01:30:00", "2024-06-01 08:05:00",
            ])
        #expect(try CSVFixture.rows(db, "mixed").map { $0[0] } == ["2024-01-15", "01/15/2024", "15.01.2024"])
        #expect(try CSVFixture.rows(db, "ambiguous").map { $0[0] } == ["2024-03-04", "2024-12-11", "2024-01-02"])
    }

    @Test("types numbers, codes, booleans and null markers")
    func numbers() throws {
        let (report, db) = try CSVFixture.load("numbers.csv")
        let byName = Dictionary(uniqueKeysWithValues: report.columns.map { ($0.name, $0) })
        let expectedTypes: [String: ColumnType] = [
            "qty": .integer, "amount": .decimal, "grouped": .decimal, "zip": .string, "big": .decimal,
            "pct": .string, "price": .string, "flag": .integer, "yes_no": .boolean, "maybe": .integer,
            "country": .string,
        ]
        for (name, type) in expectedTypes { #expect(byName[name]?.type == type, "\(name)") }
        #expect(byName["qty"]?.nullable == true)
        #expect(byName["amount"]?.nullable == false)
        #expect(byName["country"]?.nullable == true)
        #expect(
            try CSVFixture.rows(db, "qty, amount, grouped, zip, yes_no, maybe, country") == [
                [1, 1.5, 1234.5, "00123", 1, nil, "NA"],
                [2, -0.25, 12345.0, "02134", 0, 12, "DE"],
                [nil, 3.0, 1_000_000.0, "10001", 1, nil, "FR"],
                [4, 7.0, nil, "99999", 0, nil, nil],
            ])
        #expect(try db.query("SELECT typeof(big), big FROM t LIMIT 1").rows == [["real", 9223372036854775808.0]])
    }

    @Test("reads a TSV file with commas inside values")
    func tsv() throws {
        let (report, db) = try CSVFixture.load("people.tsv")
        #expect(report.columns.map(\.type) == [.string, .integer, .date])
        #expect(try CSVFixture.rows(db, "name") == [["Ada"], ["Grace, Hopper"]])
    }
}
