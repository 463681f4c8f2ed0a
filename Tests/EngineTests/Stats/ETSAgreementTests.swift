import Foundation
import Testing

@testable import Engine

@Suite("The ETS family agrees with statsmodels' ETSModel")
struct ETSAgreementTests {
    static let cases: [StatsFixtures.ETSCase] = (try? StatsFixtures.ets()) ?? []

    @Test("fixtures are present")
    func fixturesLoad() { #expect(Self.cases.count >= 30) }

    /// statsmodels' L-BFGS sometimes stops in a worse optimum (airline ETS(A,A,N): SSE 298 196
    /// against 162 514 for the simpler ETS(A,N,N)); the forecasts are compared when both reach
    /// the same SSE (within 0.1 %), as a lower SSE is a different, better fit.
    @Test("SSE at least as low and, at the same optimum, forecasts within 2 % of the range", arguments: Self.cases)
    func fits(_ c: StatsFixtures.ETSCase) throws {
        let y = try StatsFixtures.etsSeries(c.series)
        let fit = try ETSEstimator(form: c.etsForm, period: c.period).fit(y)
        #expect(fit.sse <= c.sse * 1.001, "\(c): SSE \(fit.sse) vs \(c.sse)")
        let allowed = 0.02 * StatsFixtures.range(y), sameOptimum = fit.sse >= c.sse * 0.999
        for (h, point) in fit.forecast(periods: c.mean.count, confidence: 0.95).enumerated() {
            if sameOptimum {
                #expect(abs(point.mean - c.mean[h]) <= allowed, "\(c) h=\(h + 1): \(point.mean) vs \(c.mean[h])")
            }
            #expect(point.lower < point.mean && point.mean < point.upper)
        }
    }

    /// At statsmodels' parameters: the same likelihood, AICc, point forecasts and intervals —
    /// exactly for the analytic ones, within 10 % of the half-width for the simulated ones (both
    /// are Monte Carlo, and statsmodels simulates a multiplicative season with the state-space
    /// update s + γe/(l + φb) where its likelihood, and our simulation, use Holt-Winters' one).
    @Test("likelihood, AICc and intervals at statsmodels' parameters", arguments: Self.cases)
    func intervals(_ c: StatsFixtures.ETSCase) throws {
        let y = try StatsFixtures.etsSeries(c.series)
        let fit = ETSFit(form: c.etsForm, period: c.period, parameters: c.parameters, y: y)
        #expect(abs(fit.sse - c.sse) <= 1e-6 * c.sse, "\(c): SSE \(fit.sse) vs \(c.sse)")
        #expect(abs(fit.aicc - c.aicc) <= 1e-6 * abs(c.aicc), "\(c): AICc \(fit.aicc) vs \(c.aicc)")
        let simulated = c.etsForm.season == .multiplicative
        for (h, point) in fit.forecast(periods: c.mean.count, confidence: 0.95).enumerated() {
            let half = (c.upper95[h] - c.lower95[h]) / 2
            let tolerance = simulated ? 0.1 * half : 1e-6 * half
            #expect(abs(point.mean - c.mean[h]) <= 1e-6 * abs(c.mean[h]), "\(c) h=\(h + 1) mean")
            #expect(abs(point.lower - c.lower95[h]) <= tolerance, "\(c) h=\(h + 1): \(point.lower) vs \(c.lower95[h])")
            #expect(abs(point.upper - c.upper95[h]) <= tolerance, "\(c) h=\(h + 1): \(point.upper) vs \(c.upper95[h])")
        }
    }

    @Test("the automatic form's AICc is no worse than statsmodels' best form", arguments: ["airline", "co2", "nile"])
    func automatic(_ name: String) throws {
        let y = try StatsFixtures.etsSeries(name)
        let references = Self.cases.filter { $0.series == name }
        let period = references.map(\.period).max() ?? 0
        let (fit, notes) = try ETSModel(period: period).select(y)
        let best = try #require(references.map(\.aicc).min())
        #expect(fit.aicc <= best + 1e-6 * abs(best), "\(name): \(fit.form) AICc \(fit.aicc) vs \(best)")
        #expect(notes.first?.contains("runner-up") == true)
    }
}

extension StatsFixtures.ETSCase: CustomTestStringConvertible {
    var testDescription: String { description }
}
