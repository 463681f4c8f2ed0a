import Foundation
import TestSupport
import Testing

@testable import Engine

@Suite("XLSX reader refuses hostile files with a clear error")
struct XLSXHostileTests {
    func url(_ name: String) throws -> URL { try ReaderFixture.url("xlsx", name) }

    /// Opens the source and reads every record, returning the error that stopped it.
    func failure(_ name: String, limits: XLSXSource.Limits = .init()) throws -> XLSXError? {
        #expect(throws: XLSXError.self) {
            let source = try XLSXSource(url: url(name), limits: limits)
            _ = try ReaderFixture.readAll(source)
        }
    }

    @Test("a zip bomb (70 KB inflating to 64 MiB) is stopped by the inflate-ratio cap")
    func bombRatio() throws {
        let error = try failure("bomb.xlsx")
        #expect(error?.kind == .limitExceeded)
        #expect(
            error?.message == "xl/worksheets/sheet1.xml inflates more than 200 times its compressed size (a zip bomb?)")
    }

    @Test("an entry whose directory size is over the cap is refused before inflating")
    func bombDeclaredSize() throws {
        let limits = XLSXSource.Limits(maxEntryBytes: 8 << 20, maxRatio: 1_000_000)
        let error = try failure("bomb.xlsx", limits: limits)
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message == "xl/worksheets/sheet1.xml inflates to more than 8388608 bytes")
    }

    @Test("a bomb whose headers claim 1,000 bytes is caught by counting while inflating")
    func bombLyingHeaders() throws {
        let limits = XLSXSource.Limits(maxEntryBytes: 8 << 20, maxRatio: 1_000_000)
        let error = try failure("bomb_lying.xlsx", limits: limits)
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message == "xl/worksheets/sheet1.xml inflates to more than 8388608 bytes")
        let ratio = try failure("bomb_lying.xlsx")
        #expect(ratio?.message.contains("zip bomb") == true)
    }

    @Test("the total inflated size of all parts read is capped")
    func totalCap() throws {
        let error = try failure("openpyxl_multi.xlsx", limits: XLSXSource.Limits(maxTotalBytes: 2_000))
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message == "the parts of the workbook inflate to more than 2000 bytes in total")
    }

    @Test("a DOCTYPE with entity definitions (billion laughs) in a sheet is refused")
    func doctypeInSheet() throws {
        let error = try failure("doctype_sheet.xlsx")
        #expect(error?.kind == .forbiddenDeclaration)
        #expect(
            error?.message
                == "xl/worksheets/sheet1.xml line 2, column 1: a DOCTYPE declaration is not allowed (it could define external or expanding entities)"
        )
    }

    @Test("an external ENTITY declaration in the shared strings is refused")
    func entityInSharedStrings() throws {
        let error = try failure("entity_strings.xlsx")
        #expect(error?.kind == .forbiddenDeclaration)
        #expect(error?.message.hasPrefix("xl/sharedStrings.xml line 2, column 1: an ENTITY declaration") == true)
    }

    @Test("an archive with more entries than the cap is refused while listing it")
    func tooManyEntries() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let zip = directory.url.appendingPathComponent("many.xlsx")
        try StoredZip.write(entryCount: 20_000, to: zip)
        let error = #expect(throws: XLSXError.self) { try XLSXSource(url: zip) }
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message == "the archive has more than 10000 entries")
        let fewer = #expect(throws: XLSXError.self) { try XLSXSource(url: zip, limits: .init(maxEntries: 30_000)) }
        #expect(fewer?.kind == .missingPart)
    }

    @Test("a truncated file, a CSV named .xlsx and a missing file are not archives")
    func notArchives() throws {
        for name in ["truncated.xlsx", "really_csv.xlsx"] {
            let error = #expect(throws: XLSXError.self) { try XLSXSource(url: url(name)) }
            #expect(error?.kind == .notAnArchive)
            #expect(error?.message == "the file is not an .xlsx workbook (not a zip archive, or a truncated one)")
        }
        let missing = #expect(throws: XLSXError.self) { try XLSXSource(url: url("nope.xlsx")) }
        #expect(missing?.message == "the file does not exist or cannot be read")
    }

    @Test("an entry whose bytes do not match its checksum is refused")
    func checksum() throws {
        let error = try failure("bad_crc.xlsx")
        #expect(error?.kind == .missingPart)
        #expect(error?.message == "xl/worksheets/sheet1.xml is corrupt in the archive (checksum mismatch)")
    }

    @Test("a legacy .xls or encrypted workbook (an OLE2 compound file) gets its own message")
    func compoundFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let url = directory.url.appendingPathComponent("old.xlsx")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: url)
        let error = #expect(throws: XLSXError.self) { try XLSXSource(url: url) }
        #expect(error?.kind == .notAnArchive)
        #expect(
            error?.message
                == "the file is a legacy .xls or a password-protected workbook, which cannot be read; save it as .xlsx")
    }

    @Test("a zip without the workbook part names the missing part")
    func missingWorkbook() throws {
        let error = #expect(throws: XLSXError.self) { try XLSXSource(url: url("no_workbook.xlsx")) }
        #expect(error?.kind == .missingPart)
        #expect(error?.message == "the workbook has no xl/workbook.xml part")
    }

    @Test("cells with impossible values are reported with their row and column")
    func badCells() throws {
        let index = try failure("bad_string_index.xlsx")
        #expect(index?.kind == .malformed)
        #expect(index?.row == 3)
        #expect(index?.column == 1)
        #expect(index?.message == "xl/worksheets/sheet1.xml: the cell refers to shared string 99, which does not exist")
        let number = try failure("bad_number.xlsx")
        #expect(
            number?.description.hasSuffix(
                "bad_number.xlsx:2:4: xl/worksheets/sheet1.xml: the numeric cell has the value \"five\"") == true)
    }

    @Test("malformed sheet XML is reported with the part, line and column")
    func badXML() throws {
        let error = try failure("bad_xml.xlsx")
        #expect(error?.kind == .malformed)
        #expect(error?.message == "xl/worksheets/sheet1.xml line 2, column 267: expected </sheetData>")
    }
}
