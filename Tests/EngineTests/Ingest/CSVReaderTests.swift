import Foundation
import TestSupport
import Testing

@testable import Engine

@Suite("CSV as a record source")
struct CSVReaderTests {
    @Test("yields text fields, missing for empty ones, with record lines")
    func fields() throws {
        let source = try CSVSource(url: try CSVFixture.url("cp1252.csv"))
        #expect(source.delimiter == ";")
        var reader = try source.open()
        #expect(reader.header == ["name", "price", "note"])
        #expect(try reader.next() == [.text("Café"), .text("3,50"), .text("€ only")])
        #expect(reader.line == 2)
        #expect(try reader.next() == [.text("Müsli"), .text("12,25"), .text("über")])
        #expect(try reader.next() == [.text("Tee"), .text("1.234,5"), .missing])
        #expect(reader.line == 4)
        #expect(try reader.next() == nil)
    }

    @Test("describes errors as path:line:column, leaving out what is unknown")
    func errorDescription() {
        #expect(IngestError(path: "a.csv", line: 3, column: 7, message: "bad").description == "a.csv:3:7: bad")
        #expect(IngestError(path: "a.csv", line: 3, message: "bad").description == "a.csv:3: bad")
        #expect(IngestError(path: "a.csv", column: 7, message: "bad").description == "a.csv: bad")
        #expect(IngestError(path: "a.csv", message: "bad").description == "a.csv: bad")
    }
}
