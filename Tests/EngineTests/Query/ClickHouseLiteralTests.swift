import Testing

@testable import Engine

@Suite("ClickHouse literals: the one escaping function for an engine without parameters")
struct ClickHouseLiteralTests {
    @Test("quotes, backslashes and control bytes are escaped; nothing else changes")
    func hostileStrings() {
        #expect(ClickHouseLiteral.render("O'Brien") == #"'O\'Brien'"#)
        #expect(ClickHouseLiteral.render(#"a\'; DROP TABLE t; --"#) == #"'a\\\'; DROP TABLE t; --'"#)
        #expect(ClickHouseLiteral.render("line\nbreak\0nul\u{7F}") == #"'line\x0Abreak\x00nul\x7F'"#)
        #expect(ClickHouseLiteral.render("Grüße 🚀") == "'Grüße 🚀'")
        #expect(ClickHouseLiteral.render(#"\"#) == #"'\\'"#)
    }

    @Test("every rendered string is one literal: no unescaped quote can end it early")
    func fuzzedStringsStayOneLiteral() {
        var random = SeededGenerator(seed: 99)
        let alphabet: [Character] = ["'", "\\", "\"", "`", "\0", "\n", "\t", "x", ";", "-", "é", "\u{7F}", "?", "$"]
        for _ in 0..<2_000 {
            let s = String(
                (0..<Int.random(in: 0...20, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let literal = Array(ClickHouseLiteral.render(.text(s)).utf8)
            #expect(literal.first == UInt8(ascii: "'") && literal.last == UInt8(ascii: "'"))
            // Walk the body as ClickHouse's lexer does: a backslash takes the next byte with it.
            var i = 1
            var closedEarly = false
            while i < literal.count - 1 {
                if literal[i] == UInt8(ascii: "\\") {
                    i += 2
                } else {
                    if literal[i] == UInt8(ascii: "'") || literal[i] < 0x20 { closedEarly = true }
                    i += 1
                }
            }
            #expect(
                !closedEarly && i == literal.count - 1,
                "\(s.debugDescription) → \(String(decoding: literal, as: UTF8.self))")
        }
    }

    @Test("numbers keep their type and value; NULL, nan and infinities are spelled out")
    func numbers() {
        #expect(ClickHouseLiteral.render(42) == "42")
        #expect(ClickHouseLiteral.render(.integer(.min)) == "toInt64('-9223372036854775808')")
        #expect(ClickHouseLiteral.render(0.1) == "toFloat64('0.1')")
        #expect(ClickHouseLiteral.render(.real(.infinity)) == "inf")
        #expect(ClickHouseLiteral.render(.real(.nan)) == "nan")
        #expect(ClickHouseLiteral.render(.null) == "NULL")
        #expect(ClickHouseLiteral.render(.blob([0, 255])) == "unhex('00FF')")
    }
}
