import Foundation
import TestSupport
import Testing

@testable import Engine

@Suite("CSV tokenizer")
struct CSVTokenizerTests {
    /// Every record of `text` as strings with the line each starts on, read in `chunk`-byte chunks.
    func records(_ text: String, delimiter: UInt8 = UInt8(ascii: ","), chunk: Int = 1 << 20) throws
        -> [(line: Int, fields: [String])]
    {
        let dir = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir.url) }
        let path = try dir.write("in.csv", text)
        let tokenizer = CSVTokenizer(
            file: try ChunkedFile(url: URL(fileURLWithPath: path)), delimiter: delimiter, chunkSize: chunk)
        var out: [(Int, [String])] = []
        while try tokenizer.nextRecord() {
            let fields = (0..<tokenizer.fieldCount).map { String(decoding: tokenizer.field($0), as: UTF8.self) }
            out.append((tokenizer.line, fields))
        }
        return out
    }

    @Test("splits plain records on LF, CRLF and CR alike")
    func lineEnds() throws {
        for text in ["a,b\n1,2\n3,4\n", "a,b\r\n1,2\r\n3,4\r\n", "a,b\r1,2\r3,4\r", "a,b\n1,2\r\n3,4"] {
            let r = try records(text)
            #expect(r.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
            #expect(r.map(\.line) == [1, 2, 3])
        }
    }

    @Test("keeps line breaks, delimiters and doubled quotes inside quoted fields")
    func quotedFields() throws {
        let r = try records("id,text\n1,\"x\ny\"\n2,\"say \"\"hi\"\", ok\"\n3,\"a\r\nb\"\n4,\"\"\n")
        #expect(
            r.map(\.fields) == [
                ["id", "text"], ["1", "x\ny"], ["2", "say \"hi\", ok"], ["3", "a\r\nb"], ["4", ""],
            ])
        #expect(r.map(\.line) == [1, 2, 4, 5, 7])
    }

    @Test("gives the same records when every chunk boundary falls inside a record")
    func tinyChunks() throws {
        let text = "\u{FEFF}id,text,n\r\n1,\"a\r\nb \"\"q\"\"\",10\r\n2,plain,20\r3,\"\",\r\n"
        let expected = try records(text).map(\.fields)
        #expect(
            expected == [["id", "text", "n"], ["1", "a\r\nb \"q\"", "10"], ["2", "plain", "20"], ["3", "", ""]])
        for chunk in [16, 17, 19, 23, 31] {
            #expect(try records(text, chunk: chunk).map(\.fields) == expected)
            #expect(try records(text, chunk: chunk).map(\.line) == [1, 2, 4, 5])
        }
    }

    @Test("skips blank lines and keeps trailing empty fields")
    func blankLines() throws {
        let r = try records("a,b\n\n1,\n\r\n2,3\n\n")
        #expect(r.map(\.fields) == [["a", "b"], ["1", ""], ["2", "3"]])
        #expect(r.map(\.line) == [1, 3, 5])
    }

    @Test("keeps text after a closing quote and quotes inside unquoted fields")
    func lenientQuotes() throws {
        let r = try records("a,b\n\"ab\"c,5'10\"\n")
        #expect(r[1].fields == ["abc", "5'10\""])
    }

    @Test("reports an unterminated quote at its line and column")
    func unterminated() throws {
        do {
            _ = try records("a,b\n1,2\n3,\"oops,4\n5,6\n", chunk: 16)
            Issue.record("expected an error")
        } catch let error as IngestError {
            #expect(error.line == 3)
            #expect(error.column == 3)
            #expect(error.message.contains("closing quote"))
        }
    }

    @Test("reads records wider than its initial field table")
    func wideRecords() throws {
        let header = (1...150).map { "c\($0)" }.joined(separator: ",")
        let row = (1...150).map(String.init).joined(separator: ",")
        let r = try records(header + "\n" + row + "\n", chunk: 64)
        #expect(r.count == 2)
        #expect(r[1].fields.count == 150)
        #expect(r[1].fields.last == "150")
        #expect(r[0].fields[99] == "c100")
    }
}
