import Foundation
import Testing

@testable import Engine

@Suite("JSON numbers: 15 significant digits, never an overflow")
struct JSONNumberTests {
    @Test("binary noise of sums is dropped")
    func noise() {
        #expect(JSONNumber.rounded(0.1 + 0.2) == 0.3)
        #expect(JSONNumber.rounded(317206.9799999996) == 317206.98)
        #expect(JSONNumber.rounded(42) == 42)
    }

    @Test(
        "values next to the largest double stay finite",
        arguments: [
            -1.7976931348623155e308, 1.7976931348623155e308, Double.greatestFiniteMagnitude,
            -Double.greatestFiniteMagnitude,
        ])
    func nearMaximum(_ d: Double) throws {
        let r = JSONNumber.rounded(d)
        #expect(r.isFinite)
        #expect(abs(r - d) <= abs(d) * 1e-14)
        // A JSONValue holding it encodes (a client may send such a number in free-form options).
        let text = try JSONCoding.encode(JSONValue.array([.number(d)]))
        let back = try JSONCoding.decode(JSONValue.self, from: text)
        guard case .array(let items) = back, case .number(let n)? = items.first else {
            Issue.record("not an array of one number: \(back)")
            return
        }
        #expect(n.isFinite)
    }
}
