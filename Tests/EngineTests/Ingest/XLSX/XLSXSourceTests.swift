import Foundation
import Testing

@testable import Engine

@Suite("XLSX reader on workbooks written by openpyxl and xlsxwriter")
struct XLSXSourceTests {
    typealias Record = ReaderFixture.Record

    func source(_ name: String, sheet: String? = nil) throws -> XLSXSource {
        try XLSXSource(url: ReaderFixture.url("xlsx", name), sheet: sheet)
    }

    @Test("reads the first sheet by default: numbers, booleans, blanks, inline and rich text")
    func firstSheet() throws {
        let source = try source("openpyxl_multi.xlsx")
        #expect(source.sheet == "Sales")
        #expect(source.sheetNames == ["Sales", "Dates", "Sparse", "Empty"])
        let (header, records) = try ReaderFixture.readAll(source)
        #expect(header == ["region", "units", "price", "active", "note"])
        #expect(
            records == [
                Record(line: 2, fields: [.text("North"), .integer(12), .number(9.5), .boolean(true), .text("first")]),
                Record(line: 3, fields: [.text("South"), .integer(-3), .number(0.001), .boolean(false), .missing]),
                Record(line: 4, fields: [.text("East"), .missing, .number(2.25), .missing, .text("  spaced  ")]),
                Record(
                    line: 5,
                    fields: [
                        .text("Wést ü"), .integer(1_099_511_627_776), .number(1_234_567.125), .boolean(true),
                        .text("line\nbreak & <tag>"),
                    ]),
                Record(line: 6, fields: [.text("Rich"), .missing, .missing, .missing, .text("bold rich text")]),
            ])
    }

    @Test("turns date-formatted numbers into dates and date-times, but not percent or thousands formats")
    func dates() throws {
        let (header, records) = try ReaderFixture.readAll(source("openpyxl_multi.xlsx", sheet: "Dates"))
        #expect(header == ["day", "stamp", "custom", "percent", "thousands", "time", "dmy"])
        #expect(
            records == [
                Record(
                    line: 2,
                    fields: [
                        .date("2024-01-15"), .datetime("2024-01-15 10:30:00"), .date("1999-12-31"), .number(0.25),
                        .integer(1_234_567), .text("13:45:30"), .datetime("2023-07-04 08:05:00"),
                    ]),
                Record(
                    line: 3,
                    fields: [
                        .date("1900-03-01"), .datetime("2000-02-29 23:59:59"), .date("2024-02-29"), .number(1.5),
                        .integer(42), .text("00:00:01"), .datetime("2023-12-31 00:00:00"),
                    ]),
            ])
    }

    @Test("a sparse sheet: header starts at its first cell, gaps become missing, lines are sheet rows")
    func sparse() throws {
        let (header, records) = try ReaderFixture.readAll(source("openpyxl_multi.xlsx", sheet: "Sparse"))
        #expect(header == ["id", "name", "", "score"])
        #expect(
            records == [
                Record(line: 4, fields: [.integer(1), .missing, .missing, .number(7.5)]),
                Record(line: 7, fields: [.missing, .text("late"), .missing, .missing]),
                Record(line: 9, fields: [.integer(3), .text("x"), .missing, .integer(1)]),
            ])
    }

    /// The same cells, written by xlsxwriter once with shared strings in the 1904 date system and
    /// once with inline strings in the 1900 system.
    static let xlsxwriterRecords = [
        Record(
            line: 2,
            fields: [
                .text("alpha"), .date("2024-01-15"), .datetime("2024-01-15 10:30:00"), .integer(5), .boolean(true),
                .date("1904-01-02"), .missing,
            ]),
        Record(
            line: 3,
            fields: [
                .text("beta"), .date("1904-01-01"), .missing, .text("xy"), .boolean(false), .number(0.5), .missing,
            ]),
    ]

    @Test("xlsxwriter, 1904 system: shared strings with rich runs, cached formula values, error cells")
    func xlsxwriter1904() throws {
        let (header, records) = try ReaderFixture.readAll(source("xlsxwriter_1904.xlsx"))
        #expect(header == ["name", "when", "stamp", "total", "flag", "builtin", "err"])
        #expect(records == Self.xlsxwriterRecords)
    }

    @Test("xlsxwriter, 1900 system, constant-memory mode: inline strings")
    func xlsxwriterInline() throws {
        let (header, records) = try ReaderFixture.readAll(source("xlsxwriter_inline.xlsx"))
        #expect(header == ["name", "when", "stamp", "total", "flag", "builtin", "err"])
        #expect(records == Self.xlsxwriterRecords)
    }

    @Test("reads a sheet by name")
    func sheetByName() throws {
        let (header, records) = try ReaderFixture.readAll(source("xlsxwriter_1904.xlsx", sheet: "Other"))
        #expect(header == ["k"])
        #expect(records == [Record(line: 2, fields: [.integer(1)])])
    }

    @Test("a sheet name that differs only in case still finds the sheet")
    func sheetNameCase() throws {
        #expect(try source("xlsxwriter_1904.xlsx", sheet: "other").sheet == "Other")
    }

    @Test("an unknown sheet name is an error that lists the sheets")
    func unknownSheet() throws {
        let error = #expect(throws: XLSXError.self) { try source("xlsxwriter_1904.xlsx", sheet: "Nope") }
        #expect(error?.kind == .unknownSheet)
        #expect(error?.message == "the workbook has no sheet named \"Nope\"; its sheets are \"Data\", \"Other\"")
        #expect(error?.description.hasSuffix("xlsxwriter_1904.xlsx: " + (error?.message ?? "")) == true)
    }

    @Test("prefixed element names, cells without references, phonetic runs, CDATA and escapes")
    func handmade() throws {
        let (header, records) = try ReaderFixture.readAll(source("handmade.xlsx", sheet: "Sparse"))
        #expect(header == ["a", "b"])
        #expect(
            records == [
                Record(line: 2, fields: [.integer(1), .text("ph<c> & ")]),
                Record(line: 5, fields: [.missing, .text("Aé中\rz")]),
            ])
    }

    @Test("an empty sheet has no header and no records")
    func emptySheet() throws {
        let (header, records) = try ReaderFixture.readAll(source("openpyxl_multi.xlsx", sheet: "Empty"))
        #expect(header.isEmpty)
        #expect(records.isEmpty)
    }

    @Test("a source can be opened again and reads the same records")
    func reopen() throws {
        let source = try source("openpyxl_multi.xlsx", sheet: "Sparse")
        let first = try ReaderFixture.readAll(source)
        let second = try ReaderFixture.readAll(source)
        #expect(first.records == second.records)
        #expect(first.records.count == 3)
    }
}
