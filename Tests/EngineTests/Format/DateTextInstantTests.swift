import Foundation
import Testing

@testable import Engine

@Suite("Instants as text")
struct DateTextInstantTests {
    @Test("ISO dates and timestamps in UTC, across leap days, the epoch and before it; fractions dropped")
    func iso() {
        #expect(DateText.iso(Date(timeIntervalSince1970: 0), withTime: true) == "1970-01-01 00:00:00")
        #expect(DateText.iso(Date(timeIntervalSince1970: 1_709_208_000.75), withTime: true) == "2024-02-29 12:00:00")
        #expect(DateText.iso(Date(timeIntervalSince1970: 1_709_208_000), withTime: false) == "2024-02-29")
        #expect(DateText.iso(Date(timeIntervalSince1970: -1), withTime: true) == "1969-12-31 23:59:59")
        #expect(DateText.iso(Date(timeIntervalSince1970: -86_400), withTime: false) == "1969-12-31")
    }

    @Test("the clock time in a given time zone")
    func clock() {
        let noonUTC = Date(timeIntervalSince1970: 1_709_208_000 + 5 * 60 + 7)
        #expect(DateText.clock(noonUTC, in: TimeZone(identifier: "UTC")!) == "12:05:07")
        #expect(DateText.clock(noonUTC, in: TimeZone(secondsFromGMT: -5 * 3_600)!) == "07:05:07")
        #expect(DateText.clock(Date(timeIntervalSince1970: -1), in: TimeZone(identifier: "UTC")!) == "23:59:59")
    }

    @Test("RFC 3339 timestamps match Foundation's ISO 8601 style, before and after the epoch")
    func timestamp() {
        #expect(DateText.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(DateText.timestamp(Date(timeIntervalSince1970: 1_709_208_000.75)) == "2024-02-29T12:00:00Z")
        #expect(DateText.timestamp(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(DateText.month(Date(timeIntervalSince1970: 1_709_208_000)) == "2024-02")
        // Proleptic Gregorian, as Python's datetime: 1000-03-01 is 30,605,126,400 s before 1970.
        #expect(DateText.timestamp(Date(timeIntervalSince1970: -30_605_126_400)) == "1000-03-01T00:00:00Z")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            // Years 1583–9999: before the Gregorian reform Foundation switches to the Julian
            // calendar, while ISO 8601 (and this writer) stay proleptic Gregorian.
            let date = Date(
                timeIntervalSince1970: Double.random(in: -12_212_553_600...253_402_300_799, using: &generator))
            #expect(DateText.timestamp(date) == date.formatted(.iso8601), "\(date.timeIntervalSince1970)")
        }
    }
}
