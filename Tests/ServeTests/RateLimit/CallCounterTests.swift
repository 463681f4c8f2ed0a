import Foundation
import Testing

@testable import Serve

@Suite("API call counting")
struct CallCounterTests {
    /// Expected months from Python's `datetime.fromtimestamp(t, UTC).strftime('%Y-%m')`.
    @Test(
        "the month of an instant in UTC, across month, leap-day, century and epoch boundaries",
        arguments: [
            (0, "1970-01"), (-1, "1969-12"), (951_782_400, "2000-02"), (1_709_251_199, "2024-02"),
            (1_709_251_200, "2024-03"), (4_102_444_800, "2100-01"), (253_402_300_799, "9999-12"),
            (1_795_929_449, "2026-11"),
        ] as [(Int64, String)])
    func month(epoch: Int64, expected: String) {
        #expect(CallCounter.month(of: Date(timeIntervalSince1970: TimeInterval(epoch))) == expected)
    }
}
