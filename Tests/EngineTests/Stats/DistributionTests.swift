import Foundation
import Testing

@testable import Engine

@Suite("Distributions match scipy")
struct DistributionTests {
    @Test("Student t CDF and quantile")
    func studentT() throws {
        let cdf = try StatsFixtures.rows("t_cdf")
        #expect(cdf.count == 25)
        for row in cdf {
            #expect(
                StatsFixtures.close(StudentT(df: row[0]).cdf(row[1]), row[2], relative: 1e-10),
                "t(\(row[0])).cdf(\(row[1]))")
        }
        for row in try StatsFixtures.rows("t_ppf") {
            #expect(
                StatsFixtures.close(StudentT(df: row[0]).quantile(row[1]), row[2], relative: 1e-9),
                "t(\(row[0])).ppf(\(row[1]))")
        }
    }

    @Test("F upper tail")
    func fDistribution() throws {
        let rows = try StatsFixtures.rows("f_sf")
        #expect(rows.count == 16)
        for row in rows {
            #expect(
                StatsFixtures.close(FDistribution(d1: row[0], d2: row[1]).survival(row[2]), row[3], relative: 1e-10))
        }
    }

    @Test("normal CDF and quantile")
    func normal() throws {
        for row in try StatsFixtures.rows("norm_cdf") {
            #expect(StatsFixtures.close(Normal.cdf(row[0]), row[1], relative: 1e-10), "Φ(\(row[0]))")
        }
        for row in try StatsFixtures.rows("norm_ppf") {
            #expect(StatsFixtures.close(Normal.quantile(row[0]), row[1], relative: 1e-10), "Φ⁻¹(\(row[0]))")
        }
        #expect(Normal.quantile(0.975) > 1.959963 && Normal.quantile(0.975) < 1.959964)
    }

    @Test("chi-squared upper tail")
    func chiSquared() throws {
        let rows = try StatsFixtures.rows("chi2_sf")
        #expect(rows.count == 12)
        for row in rows {
            #expect(
                StatsFixtures.close(ChiSquared(df: row[0]).survival(row[1]), row[2], relative: 1e-10),
                "χ²(\(row[0])) sf(\(row[1]))")
        }
    }
}
