import Testing

@testable import Engine

@Suite("Date parsing")
struct DateParserTests {
    /// The stored text for `s` read as `format` (a datetime when it has a time), or `nil`.
    func iso(_ s: String, _ format: DateFormat) -> String? {
        var s = s
        guard let v = s.withUTF8({ DateParser.parse(UnsafeRawBufferPointer($0), as: format) }) else { return nil }
        var out: [UInt8] = []
        v.write(withTime: v.hasTime, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test("reads every supported date form")
    func forms() {
        #expect(iso("2024-01-15", .iso) == "2024-01-15")
        #expect(iso("2024/1/5", .ymdSlash) == "2024-01-05")
        #expect(iso("01/15/2024", .monthDayYear) == "2024-01-15")
        #expect(iso("1/5/2024", .monthDayYear) == "2024-01-05")
        #expect(iso("15/01/2024", .dayMonthYear) == "2024-01-15")
        #expect(iso("15.01.2024", .dotted) == "2024-01-15")
        #expect(iso("Jan 15, 2024", .monthNameDayYear) == "2024-01-15")
        #expect(iso("september 3 2024", .monthNameDayYear) == "2024-09-03")
        #expect(iso("Sept. 3, 2024", .monthNameDayYear) == "2024-09-03")
        #expect(iso("15 Jan 2024", .dayMonthNameYear) == "2024-01-15")
        #expect(iso("15-Jan-2024", .dayMonthNameYear) == "2024-01-15")
        #expect(iso("29 February 2024", .dayMonthNameYear) == "2024-02-29")
    }

    @Test("reads times, fractions and UTC offsets, normalising to UTC")
    func times() {
        #expect(iso("2024-01-15T10:30:00Z", .iso) == "2024-01-15 10:30:00")
        #expect(iso("2024-01-15 10:30", .iso) == "2024-01-15 10:30:00")
        #expect(iso("2024-01-15T10:30:00.250", .iso) == "2024-01-15 10:30:00.250")
        #expect(iso("2024-01-15T23:30:00-02:00", .iso) == "2024-01-16 01:30:00")
        #expect(iso("2024-03-01T01:00:00+0230", .iso) == "2024-02-29 22:30:00")
        #expect(iso("2023-12-31T22:00:00-05", .iso) == "2024-01-01 03:00:00")
        #expect(iso("01/15/2024 9:05", .monthDayYear) == "2024-01-15 09:05:00")
        #expect(iso("15.01.2024 18:00:59", .dotted) == "2024-01-15 18:00:59")
    }

    @Test("rejects impossible dates and foreign shapes")
    func invalid() {
        #expect(iso("2023-02-29", .iso) == nil)
        #expect(iso("2024-13-01", .iso) == nil)
        #expect(iso("2024-1-15", .iso) == nil)
        #expect(iso("13/01/2024", .monthDayYear) == nil)
        #expect(iso("2024-01-15T24:00", .iso) == nil)
        #expect(iso("2024-01-15 10:30 PM", .iso) == nil)
        #expect(iso("15 Foo 2024", .dayMonthNameYear) == nil)
        #expect(iso("20240115", .iso) == nil)
        #expect(iso("01/15/24", .monthDayYear) == nil)
        #expect(iso("Jan 15, 2024 10:00", .monthNameDayYear) == nil)
    }
}
