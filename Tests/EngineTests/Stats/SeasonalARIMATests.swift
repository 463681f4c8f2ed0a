import Foundation
import Testing

@testable import Engine

@Suite("Seasonal ARIMA reaches statsmodels' optimum")
struct SeasonalARIMATests {
    static let fixture: StatsFixtures.Seasonal? = try? StatsFixtures.seasonal()

    static func order(_ c: StatsFixtures.Seasonal.Fit) -> ARIMAOrder {
        let o = c.arimaOrder
        return ARIMAOrder(p: o.0, d: o.1, q: o.2, seasonalP: o.3, seasonalD: o.4, seasonalQ: o.5, period: o.6)
    }

    /// Issue 18, finding 1: ARIMA(1,1,1)(0,1,1)12 on the airline series used to stop at an
    /// optimum with a near-unit MA root (ar.L1 0.72, ma.L1 −0.96) whose 95 % intervals were 40 %
    /// narrower than statsmodels'.
    @Test("airline ARIMA(1,1,1)(0,1,1)12: statsmodels' parameters, forecasts and intervals")
    func airline() throws {
        let f = try #require(Self.fixture)
        let c = f.airline
        let y = try #require(f.series["airline"]).values
        let fit = try ARIMAEstimator(order: Self.order(c), includeMean: false).fit(y)
        #expect(abs(fit.logLikelihood - c.llf) < 0.25, "llf \(fit.logLikelihood) vs \(c.llf)")
        for (name, value) in c.params where name != "sigma2" {
            #expect(abs((fit.params[name] ?? .nan) - value) < 0.02, "\(name): \(fit.params[name] ?? .nan) vs \(value)")
        }
        #expect(fit.edge == nil)
        let points = fit.forecast(periods: 12, confidence: 0.95)
        let mean = try #require(c.mean), lower = try #require(c.lower95), upper = try #require(c.upper95)
        let tolerance = 0.005 * StatsFixtures.range(y)
        for (h, p) in points.enumerated() {
            #expect(abs(p.mean - mean[h]) <= max(0.01 * abs(mean[h]), tolerance), "h=\(h + 1)")
            let half = (p.upper - p.lower) / 2, reference = (upper[h] - lower[h]) / 2
            #expect(abs(half - reference) <= 0.05 * reference, "h=\(h + 1): ±\(half) vs ±\(reference)")
        }
        // The edge optimum is still reached, and set aside with a note.
        #expect(fit.bestLogLikelihood > fit.logLikelihood + 0.5)
        let note = try #require(fit.setAside)
        #expect(note.contains("MA inverse root"))
        let report = try ARIMAModel(order: Self.order(c)).forecast(y, periods: 12)
        #expect(report.notes.contains(note))
    }

    static var sweepCases: [StatsFixtures.Seasonal.Fit] { fixture?.sweep ?? [] }

    @Test("the sweep is present")
    func sweepPresent() {
        #expect(Self.sweepCases.count == 144)
        #expect(Set(Self.sweepCases.compactMap(\.series)).count >= 4)
    }

    /// p, q ≤ 2 and P, Q ≤ 1 on four monthly series: the best optimum our starts reach is never
    /// more than 0.5 below statsmodels' log-likelihood; the one used is too, unless statsmodels'
    /// own optimum is at the edge (`ARIMAEdge`) and ours is an interior one within 1.0 of the best.
    @Test("log-likelihood never more than 0.5 below statsmodels'", arguments: Self.sweepCases)
    func sweep(_ c: StatsFixtures.Seasonal.Fit) throws {
        let f = try #require(Self.fixture)
        let y = try #require(f.series[c.series ?? ""]).values
        let o = Self.order(c)
        let fit = try ARIMAEstimator(order: o, includeMean: false).fit(y)
        #expect(fit.bestLogLikelihood >= c.llf - 0.5, "best reached \(fit.bestLogLikelihood) vs \(c.llf)")
        if fit.logLikelihood < c.llf - 0.5 {
            let theirs = ARIMAEdge.reason(
                ar: c.coefficients("ar.L", count: o.p), ma: c.coefficients("ma.L", count: o.q),
                seasonalAR: c.coefficients("ar.S.L", count: o.seasonalP, lag: o.period),
                seasonalMA: c.coefficients("ma.S.L", count: o.seasonalQ, lag: o.period))
            #expect(theirs != nil, "used \(fit.logLikelihood) vs \(c.llf), statsmodels' optimum is interior")
            #expect(fit.setAside != nil && fit.logLikelihood >= fit.bestLogLikelihood - 1.0)
        }
    }
}
