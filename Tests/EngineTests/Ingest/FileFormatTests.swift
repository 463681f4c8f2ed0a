import Foundation
import TestSupport
import Testing

@testable import Engine

@Suite("File formats")
struct FileFormatTests {
    @Test("maps file extensions to formats")
    func extensions() {
        #expect(FileFormat(fileExtension: "CSV") == .csv)
        #expect(FileFormat(fileExtension: "tsv") == .tsv)
        #expect(FileFormat(fileExtension: "txt") == .csv)
        #expect(FileFormat(fileExtension: "xlsx") == .xlsx)
        #expect(FileFormat(fileExtension: "jsonl") == .ndjson)
        #expect(FileFormat(fileExtension: "parquet") == nil)
    }

    @Test("sniffs JSON versus NDJSON from the content")
    func sniffing() throws {
        let dir = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir.url) }
        func detect(_ name: String, _ text: String) throws -> FileFormat {
            try FileFormat.detect(URL(fileURLWithPath: try dir.write(name, text)))
        }
        #expect(try detect("a.json", "[{\"a\": 1}]") == .json)
        #expect(try detect("b.json", "{\"a\": {\"b\": \"}\"}}\n{\"a\": 2}\n") == .ndjson)
        #expect(try detect("c.json", "{\"rows\": [1, 2]}\n") == .json)
        #expect(try detect("d.txt", "a;b\n1;2\n") == .csv)
        #expect(try detect("e.txt", "\n  {\"a\":1}\n{\"a\":2}") == .ndjson)
        #expect(throws: IngestError.self) { try detect("f.parquet", "x") }
    }
}
