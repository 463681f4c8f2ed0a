import Engine
import Testing

@testable import Generator

@Suite("Template filters and block formats (Engine's ValueFormat)")
struct TemplateFilterTests {
    @Test(
        "numbers, currency, percent, compact, dates, slugs",
        arguments: [
            ("number", SQLValue.integer(1_234_567), "1,234,567"),
            ("number", .real(-1234.5), "-1,234.5"),
            ("number", .real(0.00123), "0.00123"),
            ("number:1", .real(2.25), "2.3"),
            ("number:1", .integer(12), "12.0"),
            ("currency", .real(-12.5), "-$12.50"),
            ("currency:EUR", .integer(1000), "€1,000.00"),
            ("currency:inr", .real(1234.5), "₹1,234.50"),
            ("percent", .real(0.1234), "12.3%"),
            ("percent", .real(0.12), "12.0%"),
            ("compact", .integer(2_500_000), "2.5M"),
            ("compact", .integer(12_345), "12K"),
            ("date", .text("2024-03-05"), "Mar 5, 2024"),
            ("date", .text("2024-03"), "Mar 2024"),
            ("number", .text("n/a"), "n/a"),
            ("number", .text("1500"), "1,500"),
            ("number", .null, ""),
            ("slug", .text("North East"), "north-east"),
        ])
    func filters(spec: String, value: SQLValue, expected: String) throws {
        let filter = try #require(TemplateFilter(spec))
        #expect(filter.apply(value) == expected)
    }

    @Test("no filter: a real with at most two decimals and no separators, anything else as is")
    func none() {
        #expect(TemplateFilter.none.apply(.real(1234.567)) == "1234.57")
        #expect(TemplateFilter.none.apply(.integer(2024)) == "2024")
        #expect(TemplateFilter.none.apply(.text("North")) == "North")
        #expect(TemplateFilter.none.apply(.null) == "")
    }

    @Test(
        "unknown names and bad arguments are refused",
        arguments: ["money", "number:x", "number:11", "percent:2", "currency:", "slugs"])
    func unknown(spec: String) {
        #expect(TemplateFilter(spec) == nil)
    }
}
