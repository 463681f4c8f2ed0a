import Testing

@testable import Engine

@Suite("Number parsing")
struct ParsedNumberTests {
    func parse(_ s: String, _ style: NumberStyle = .plain) -> ParsedNumber? {
        var s = s
        return s.withUTF8 { ParsedNumber.parse(UnsafeRawBufferPointer($0), style: style) }
    }

    @Test("reads plain integers and decimals, with sign and exponent")
    func plain() {
        #expect(parse("42") == .integer(42))
        #expect(parse("+7") == .integer(7))
        #expect(parse("-0") == .integer(0))
        #expect(parse("-12.5") == .decimal(-12.5))
        #expect(parse(".5") == .decimal(0.5))
        #expect(parse("1.5e3") == .decimal(1500))
        #expect(parse("2E-2") == .decimal(0.02))
        #expect(parse("0.1") == .decimal(0.1))
        #expect(parse("123456789.123456789") == .decimal(123456789.123456789))
    }

    @Test("turns integers beyond Int64 into decimals")
    func bigIntegers() {
        #expect(parse("9223372036854775807") == .integer(Int64.max))
        #expect(parse("-9223372036854775808") == .integer(Int64.min))
        #expect(parse("9223372036854775808") == .decimal(9223372036854775808.0))
    }

    @Test("rejects codes with leading zeros, units, symbols and words")
    func notNumbers() {
        let texts = ["00123", "0123.5", "5%", "$3.00", "1,234", "12 kg", "1e", "-", "+", ".", "nan", "inf", "1-2"]
        for s in texts + ["0x1F", "1e999", "1.2.3", "--1", "1 000"] {
            #expect(parse(s) == nil, "\(s)")
        }
    }

    @Test("reads comma-grouped thousands only in groups of three")
    func commaGrouped() {
        #expect(parse("1,234.5", .commaGrouped) == .decimal(1234.5))
        #expect(parse("-1,000,000", .commaGrouped) == .integer(-1_000_000))
        #expect(parse("999", .commaGrouped) == .integer(999))
        #expect(parse("1,23", .commaGrouped) == nil)
        #expect(parse("1234,567", .commaGrouped) == nil)
        #expect(parse("1,2345", .commaGrouped) == nil)
        #expect(parse(",123", .commaGrouped) == nil)
    }

    @Test("reads European decimal commas with dot-grouped thousands")
    func decimalComma() {
        #expect(parse("3,50", .dotGroupedDecimalComma) == .decimal(3.5))
        #expect(parse("1.234,5", .dotGroupedDecimalComma) == .decimal(1234.5))
        #expect(parse("1.234", .dotGroupedDecimalComma) == .integer(1234))
        #expect(parse("1.5", .dotGroupedDecimalComma) == nil)
        #expect(parse("1,5e3", .dotGroupedDecimalComma) == nil)
    }
}
