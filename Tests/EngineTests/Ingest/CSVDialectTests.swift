import Testing

@testable import Engine

@Suite("CSV delimiter sniffing")
struct CSVDialectTests {
    func sniff(_ text: String) -> Character {
        Character(Unicode.Scalar(CSVDialect.sniffDelimiter(Array(text.utf8), truncated: false)))
    }

    @Test("finds the delimiter that splits every line the same way")
    func consistent() {
        #expect(sniff("a,b,c\n1,2,3\n") == ",")
        #expect(sniff("a;b;c\n1,5;2,5;3\n") == ";")
        #expect(sniff("a\tb\n1\t2\n") == "\t")
        #expect(sniff("a|b|c\n1|2|3\n") == "|")
    }

    @Test("ignores delimiters inside quotes")
    func quoted() {
        #expect(sniff("name;note\n\"Smith, J\";\"a, b, c\"\n\"Doe, J\";x\n") == ";")
    }

    @Test("falls back to the first line's most frequent candidate, then to a comma")
    func fallback() {
        #expect(sniff("a;b;c\n1;2\n3\n") == ";")
        #expect(sniff("single\nvalue\n") == ",")
    }
}
