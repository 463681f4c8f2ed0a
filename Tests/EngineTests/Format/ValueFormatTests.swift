import Testing

@testable import Engine

@Suite("Number formats")
struct ValueFormatTests {
    @Test("plain numbers get thousands separators and at most the needed decimals")
    func plain() {
        #expect(ValueFormat.plain.string(1_234_567.891) == "1,234,567.89")
        #expect(ValueFormat.plain.string(1000) == "1,000")
        #expect(ValueFormat.plain.string(-1234.5) == "-1,234.5")
        #expect(ValueFormat.plain.string(0.0123) == "0.0123")
        #expect(ValueFormat.plain.string(-0.0001, step: 0.5) == "0.0")
    }

    @Test("compact numbers use K, M, B, T")
    func compact() {
        #expect(ValueFormat.compact.string(1234) == "1.2K")
        #expect(ValueFormat.compact.string(3_400_000) == "3.4M")
        #expect(ValueFormat.compact.string(1_500_000_000) == "1.5B")
        #expect(ValueFormat.compact.string(999) == "999")
        #expect(ValueFormat.compact.string(-45_600) == "-46K")
        #expect(ValueFormat.compact.string(1_500_000, step: 500_000) == "1.5M")
    }

    @Test("currency, percent and fixed formats")
    func others() {
        #expect(ValueFormat.currency().string(1234.5) == "$1,234.50")
        #expect(ValueFormat.currency("EUR", decimals: 0).string(-1234) == "-€1,234")
        #expect(ValueFormat.currency("SEK").string(10) == "SEK 10.00")
        #expect(ValueFormat.percent.string(0.125) == "12.5%")
        #expect(ValueFormat.percent.string(0.12) == "12.0%", "one decimal, as KPI cards and tables")
        #expect(ValueFormat(style: .percent, decimals: 0).string(0.126) == "13%")
        #expect(ValueFormat.currency("inr").string(1234.5) == "₹1,234.50")
        #expect(ValueFormat.percent.string(0.2, step: 0.1) == "20%")
        #expect(ValueFormat.fixed(2).string(3) == "3.00")
    }

    @Test("tick labels follow the step so neighbours differ")
    func steps() {
        let f = ValueFormat.plain
        #expect([0, 0.25, 0.5].map { f.string($0, step: 0.25) } == ["0.00", "0.25", "0.50"])
        #expect([0, 500, 1000].map { f.string($0, step: 500) } == ["0", "500", "1,000"])
    }

    @Test("non-finite values show a dash")
    func nonFinite() {
        #expect(ValueFormat.plain.string(.nan) == "–")
        #expect(ValueFormat.compact.string(.infinity) == "–")
    }

    @Test("the one spec grammar of pages, blocks and charts")
    func spec() {
        #expect(ValueFormat(spec: "number") == .plain)
        #expect(ValueFormat(spec: "number:0") == .fixed(0))
        #expect(ValueFormat(spec: "currency") == .currency("USD"))
        #expect(ValueFormat(spec: "currency: eur") == .currency("EUR"))
        #expect(ValueFormat(spec: "percent") == .percent)
        #expect(ValueFormat(spec: "compact") == .compact)
        #expect(ValueFormat(spec: "date") == .date)
        for bad in ["", "money", "number:x", "number:11", "percent:1", "currency:", "date:long"] {
            #expect(ValueFormat(spec: bad) == nil, "\(bad)")
        }
    }

    @Test("query values: NULL empty, dates, numeric text, other text as is")
    func values() {
        #expect(ValueFormat.plain.string(SQLValue.null) == "")
        #expect(ValueFormat.date.string(SQLValue.text("2024-03-05")) == "Mar 5, 2024")
        #expect(ValueFormat.plain.string(SQLValue.text("1500")) == "1,500")
        #expect(ValueFormat.plain.string(SQLValue.text("n/a")) == "n/a")
        #expect(ValueFormat.unformatted(.real(1234.567)) == "1234.57")
        #expect(ValueFormat.unformatted(.integer(2024)) == "2024")
    }
}
