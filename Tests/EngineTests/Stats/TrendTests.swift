import Foundation
import Testing

@testable import Engine

@Suite("OLS trend, moving averages and linear forecasts match scipy/pandas/statsmodels")
struct TrendTests {
    @Test("OLS slope, intercept, R², slope p-value")
    func ols() throws {
        let cases = try StatsFixtures.table("ols")
        #expect(cases.count == 3)
        for c in cases {
            let y = try StatsFixtures.values(c["series"] as? String ?? "")
            let fit = try LinearRegression(series: y)
            #expect(StatsFixtures.close(fit.slope, c["slope"] as? Double ?? .nan, relative: 1e-9))
            #expect(StatsFixtures.close(fit.intercept, c["intercept"] as? Double ?? .nan, relative: 1e-9))
            #expect(StatsFixtures.close(fit.rSquared, c["r2"] as? Double ?? .nan, relative: 1e-8))
            #expect(StatsFixtures.close(fit.slopePValue, c["p"] as? Double ?? .nan, relative: 1e-6))
            #expect(StatsFixtures.close(fit.slopeStandardError, c["stderr"] as? Double ?? .nan, relative: 1e-9))
        }
    }

    @Test("rolling mean and ewm(adjust=False)")
    func movingAverages() throws {
        for c in try StatsFixtures.table("moving") {
            let y = try StatsFixtures.values(c["series"] as? String ?? "")
            let sma = try MovingAverage.simple(y, window: 5)
            let expected = c["sma"] as? [Any] ?? []
            #expect(sma.count == expected.count)
            for (a, b) in zip(sma, expected) {
                if let b = b as? Double {
                    #expect(StatsFixtures.close(a ?? .nan, b, relative: 1e-10))
                } else {
                    #expect(a == nil)
                }
            }
            let ewma = try MovingAverage.exponential(y, alpha: 0.3)
            for (a, b) in zip(ewma, c["ewma"] as? [Double] ?? []) {
                #expect(StatsFixtures.close(a, b, relative: 1e-10))
            }
        }
    }

    @Test("linear-trend forecast with OLS prediction intervals")
    func linearForecast() throws {
        for c in try StatsFixtures.table("linear_forecast") {
            let y = try StatsFixtures.values(c["series"] as? String ?? "")
            let f = try LinearTrendModel().forecast(y, periods: 8)
            for (h, p) in f.points.enumerated() {
                #expect(StatsFixtures.close(p.mean, (c["mean"] as? [Double] ?? [])[h], relative: 1e-9))
                #expect(StatsFixtures.close(p.lower, (c["lower"] as? [Double] ?? [])[h], relative: 1e-8))
                #expect(StatsFixtures.close(p.upper, (c["upper"] as? [Double] ?? [])[h], relative: 1e-8))
            }
        }
    }

    @Test("moving-average forecast carries the last window's mean")
    func movingAverageForecast() throws {
        let f = try MovingAverageModel(window: 3).forecast([1, 2, 3, 4, 5, 6], periods: 2)
        #expect(f.points.map(\.mean) == [5, 5])
        // One-step errors 4−2, 5−3, 6−4 = 2, 2, 2 → rmse 2.
        #expect(abs(f.points[0].upper - f.points[0].mean - 1.959963984540054 * 2) < 1e-9)
    }
}
