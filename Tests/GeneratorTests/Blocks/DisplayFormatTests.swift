import Engine
import Testing

@testable import Generator

@Suite("Value formats")
struct DisplayFormatTests {
    @Test(
        "numbers, currency, percent, compact, dates",
        arguments: [
            ("number", SQLValue.integer(1_234_567), "1,234,567"),
            ("number", .real(-1234.5), "-1,234.5"),
            ("number:1", .real(2.25), "2.3"),
            ("currency", .real(-12.5), "-$12.50"),
            ("currency:EUR", .integer(1000), "€1,000.00"),
            ("percent", .real(0.1234), "12.3%"),
            ("compact", .integer(2_500_000), "2.5M"),
            ("date", .text("2024-03-05"), "Mar 5, 2024"),
            ("date", .text("2024-03"), "Mar 2024"),
            ("number", .text("n/a"), "n/a"),
            ("number", .null, ""),
        ])
    func formats(spec: String, value: SQLValue, expected: String) throws {
        let format = try #require(DisplayFormat(spec))
        #expect(format.format(value) == expected)
    }
}
