import Testing

@testable import Engine

@Suite("p-values, coefficients, durations and month names: one way each")
struct StatTextTests {
    @Test("p-values: four decimals, or below 0.0001")
    func pValues() {
        #expect(StatText.pValue(0.01234) == "0.0123")
        #expect(StatText.pValue(0.00001) == "< 0.0001")
        #expect(StatText.p(0.5) == "p = 0.5000")
        #expect(StatText.p(1e-9) == "p < 0.0001")
        #expect(StatText.p(.nan) == "p = –")
        #expect(StatText.coefficient(0.48249) == "0.482")
    }

    @Test("a number in a sentence: four significant digits, no exponent, no trailing zeros")
    func significant() {
        #expect(StatText.number(12345.678) == "12,346")
        #expect(StatText.number(123.45) == "123.5")
        #expect(StatText.number(-0.0123456) == "-0.01235")
        #expect(StatText.number(2) == "2")
        #expect(StatText.number(12.3) == "12.3")
        #expect(StatText.number(9.99996) == "10")
        #expect(StatText.number(0) == "0")
        #expect(StatText.number(.infinity) == "–")
        #expect(StatText.number(1234.5678, digits: 6) == "1,234.57")
    }

    @Test("a Duration in seconds keeps its fraction")
    func duration() {
        #expect(Duration.milliseconds(1500).seconds == 1.5)
        #expect(Duration.seconds(2).seconds == 2)
    }

    @Test("month names: full and abbreviated, one list")
    func months() {
        #expect(DateText.monthNames.count == 12)
        #expect(
            DateText.monthAbbreviations == [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ])
        #expect(TimeLabelFormat("%B %Y").string(86400 * 40) == "February 1970")
    }
}
