import Foundation
import Testing

@testable import Engine

@Suite("Descriptive statistics match numpy")
struct DescriptiveTests {
    @Test("mean, median, linear quantiles, sample standard deviation and outliers")
    func matchesNumpy() throws {
        let cases = try StatsFixtures.table("descriptive")
        #expect(cases.count == 3)
        for c in cases {
            let name = c["series"] as? String ?? ""
            let y = try StatsFixtures.values(name)
            #expect(StatsFixtures.close(try Descriptive.mean(y), c["mean"] as? Double ?? .nan, relative: 1e-12))
            #expect(StatsFixtures.close(try Descriptive.median(y), c["median"] as? Double ?? .nan, relative: 1e-12))
            #expect(
                StatsFixtures.close(try Descriptive.standardDeviation(y), c["std"] as? Double ?? .nan, relative: 1e-10))
            for (q, v) in c["quantiles"] as? [String: Double] ?? [:] {
                #expect(
                    StatsFixtures.close(try Descriptive.quantile(y, Double(q) ?? .nan), v, relative: 1e-12),
                    "\(name) q\(q)")
            }
            #expect(try Outliers.iqr(y) == (c["iqr_outliers"] as? [Int] ?? [-1]), "\(name) IQR")
            #expect(try Outliers.zScore(y) == (c["z_outliers"] as? [Int] ?? [-1]), "\(name) z")
        }
    }

    @Test("small exact cases")
    func exact() throws {
        #expect(try Descriptive.quantile([1, 2, 3, 4], 0.25) == 1.75)
        #expect(try Descriptive.median([5, 1, 3, 10]) == 4)
        #expect(try Outliers.iqr([1, 2, 3, 4, 100]) == [4])
        #expect(try Outliers.zScore([3, 3, 3]) == [])
    }

    @Test("bad input gives a clear error")
    func errors() {
        #expect(throws: StatsError.tooShort(method: "mean", needed: 1, got: 0)) { try Descriptive.mean([]) }
        #expect(throws: StatsError.nonFinite(method: "variance", index: 1)) { try Descriptive.variance([1, .nan, 3]) }
        #expect(throws: StatsError.self) { try Descriptive.quantile([1, 2], 1.5) }
        #expect(
            StatsError.tooShort(method: "mean", needed: 1, got: 0).description
                == "mean needs at least 1 values but the series has 0.")
    }
}
