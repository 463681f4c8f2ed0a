import Foundation
import Testing

@testable import Engine

@Suite("ARIMA agrees with statsmodels")
struct ARIMAAgreementTests {
    static let cases: [StatsFixtures.ARIMACase] =
        (try? StatsFixtures.load("arima.json", as: [StatsFixtures.ARIMACase].self)) ?? []

    @Test("fixtures are present")
    func fixturesLoad() throws {
        #expect(Self.cases.count >= 50)
    }

    @Test("forecasts, interval half-widths and log-likelihood", arguments: Self.cases)
    func agrees(_ c: StatsFixtures.ARIMACase) throws {
        let all = try StatsFixtures.series()
        let y = try #require(all[c.series]).values
        let s = c.seasonal_order
        let order = ARIMAOrder(
            p: c.order[0], d: c.order[1], q: c.order[2], seasonalP: s[0], seasonalD: s[1], seasonalQ: s[2], period: s[3]
        )
        let fit = try ARIMAEstimator(order: order, includeMean: c.trend == "c").fit(y)
        let points = fit.forecast(periods: c.mean.count, confidence: 0.95)
        let tolerance = max(0.005 * StatsFixtures.range(y), 0)
        // Both fits must reach the same likelihood optimum, or ours a better one: statsmodels
        // sometimes stops at a local optimum (then its forecasts are not the MLE's and are not
        // compared; `betterOptima` pins which cases those are).
        let gain = fit.logLikelihood - c.llf
        #expect(gain > -0.25, "\(c.series) \(order): llf \(fit.logLikelihood) vs \(c.llf)")
        if gain > 0.25 {
            #expect(
                Self.betterOptima.contains(c.testDescription),
                "\(c.testDescription): llf \(fit.logLikelihood) vs \(c.llf)")
            return
        }
        #expect(abs(fit.aic - c.aic) < 0.5, "\(c.series) \(order): aic \(fit.aic) vs \(c.aic)")
        for (h, point) in points.enumerated() {
            let allowed = max(0.01 * abs(c.mean[h]), tolerance)
            #expect(
                abs(point.mean - c.mean[h]) <= allowed, "\(c.series) \(order) h=\(h + 1): \(point.mean) vs \(c.mean[h])"
            )
            let half = (point.upper - point.lower) / 2, reference = (c.upper95[h] - c.lower95[h]) / 2
            #expect(
                abs(half - reference) <= 0.05 * reference,
                "\(c.series) \(order) h=\(h + 1): half-width \(half) vs \(reference)")
        }
    }

    /// Cases where our optimizer finds a strictly higher likelihood than statsmodels.
    static let betterOptima: Set<String> = ["macro_unemp [2, 1, 1] [0, 0, 0, 0]", "macro_cpi [2, 0, 1] [0, 0, 0, 0]"]

    @Test("80 % intervals use the asked-for confidence")
    func otherConfidence() throws {
        let c = try #require(Self.cases.first { $0.series == "nile" && $0.order == [1, 1, 1] })
        let y = try #require(try StatsFixtures.series()["nile"]).values
        let forecast = try ARIMAModel(order: ARIMAOrder(p: 1, d: 1, q: 1)).forecast(
            y, periods: c.mean.count, confidence: 0.8)
        for (h, point) in forecast.points.enumerated() {
            let half = (point.upper - point.lower) / 2, reference = (c.upper80[h] - c.lower80[h]) / 2
            #expect(abs(half - reference) <= 0.05 * reference)
        }
        #expect(forecast.order == [1, 1, 1])
        #expect(forecast.params["sigma2"] != nil && forecast.params["ar.L1"] != nil && forecast.params["const"] == nil)
    }
}

extension StatsFixtures.ARIMACase: CustomTestStringConvertible {
    var testDescription: String { "\(series) \(order) \(seasonal_order)" }
}

@Suite("ARIMA with drift agrees with statsmodels trend='t'")
struct ARIMADriftTests {
    static let cases: [StatsFixtures.ARIMACase] = {
        guard let rows = try? StatsFixtures.table("arima_drift"),
            let data = try? JSONSerialization.data(withJSONObject: rows)
        else { return [] }
        return (try? JSONDecoder().decode([StatsFixtures.ARIMACase].self, from: data)) ?? []
    }()

    @Test("drift, log-likelihood, forecasts and intervals", arguments: Self.cases)
    func drift(_ c: StatsFixtures.ARIMACase) throws {
        let y = try StatsFixtures.values(c.series)
        let order = ARIMAOrder(p: c.order[0], d: c.order[1], q: c.order[2])
        let f = try ARIMAModel(order: order, drift: true).forecast(y, periods: c.mean.count)
        let drift = try #require(f.params["drift"])
        #expect(abs(drift - (c.params["x1"] ?? .nan)) <= 0.01 * abs(c.params["x1"] ?? .nan))
        #expect(abs((f.aic ?? .nan) - c.aic) < 0.5)
        let tolerance = 0.005 * StatsFixtures.range(y)
        for (h, p) in f.points.enumerated() {
            #expect(abs(p.mean - c.mean[h]) <= max(0.01 * abs(c.mean[h]), tolerance))
            let half = (p.upper - p.lower) / 2, reference = (c.upper95[h] - c.lower95[h]) / 2
            #expect(abs(half - reference) <= 0.05 * reference)
        }
    }
}
