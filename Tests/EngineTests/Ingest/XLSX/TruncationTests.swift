import Foundation
import TestSupport
import Testing

@testable import Engine

/// Every prefix of a valid input either reads or fails with the reader's own error: no crash,
/// no other error type, no hang.
@Suite("Truncated inputs fail cleanly at every byte")
struct TruncationTests {
    @Test("every prefix of a real sheet's XML")
    func sheetPrefixes() throws {
        let url = try ReaderFixture.url("xlsx", "xlsxwriter_1904.xlsx")
        let source = try XLSXSource(url: url)
        let archive = try XLSXArchive(url: url, limits: .init())
        let sheet = try archive.required(source.sheetPart)
        let strings = try SharedStrings(part: "xl/sharedStrings.xml", in: archive)
        let styles = try CellStyles(part: "xl/styles.xml", in: archive)
        let context = XLSXReader.Context(
            path: "t.xlsx", part: source.sheetPart, strings: strings.items, styles: styles, uses1904: true)
        var failures = 0
        for end in 0...sheet.count {
            do {
                var reader = try XLSXReader(sheet: Array(sheet[..<end]), context: context)
                while try reader.next() != nil {}
            } catch is XLSXError {
                failures += 1
            }
        }
        // Only the complete document (and prefixes ending after </sheetData>) can succeed.
        #expect(failures > sheet.count - 200)
    }

    @Test("every prefix of a JSON array and of NDJSON")
    func jsonPrefixes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for name in ["array.json", "lines.ndjson"] {
            let bytes = try Data(contentsOf: ReaderFixture.url("json", name))
            var successes = 0
            for end in 0..<bytes.count {
                let url = directory.url.appendingPathComponent("p.json")
                try bytes.prefix(end).write(to: url)
                do {
                    _ = try ReaderFixture.readAll(JSONSource(url: url))
                    successes += 1
                } catch is JSONError {
                    continue
                }
            }
            // Of the array, only the prefix that lacks just the final line break is complete;
            // NDJSON prefixes ending at a line break (or after a whole object) are complete.
            #expect(name == "array.json" ? successes == 1 : successes > 3)
        }
    }
}
