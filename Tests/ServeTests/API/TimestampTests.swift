import Foundation
import Testing

@testable import Serve

@Suite("Timestamps")
struct TimestampTests {
    @Test("every RFC 3339 date-time parses, offsets and fractions applied")
    func rfc3339() throws {
        let base = try #require(Timestamp.parse("2024-01-15T10:30:00Z")).timeIntervalSince1970
        #expect(base == 1_705_314_600)
        #expect(Timestamp.parse("2024-01-15T12:45:00.5+02:15")?.timeIntervalSince1970 == base + 0.5)
        #expect(Timestamp.parse("2024-01-15t05:30:00-05:00")?.timeIntervalSince1970 == base)
        #expect(Timestamp.parse("2024-01-15")?.timeIntervalSince1970 == base - 37_800)
        #expect(Timestamp.parse("0250-04-04T19:50:06.76932+23:13") != nil)
        for bad in ["yesterday", "2024-13-01T00:00:00Z", "2024-01-15T10:30:00+24:00", "2024-01-15T10:30"] {
            #expect(Timestamp.parse(bad) == nil, "\(bad)")
        }
    }
}
