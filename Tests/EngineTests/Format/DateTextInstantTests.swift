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
}
