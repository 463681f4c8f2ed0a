import Foundation
import Testing

@testable import Engine

@Suite("Holt and Holt-Winters agree with statsmodels")
struct SmoothingAgreementTests {
    static let cases: [StatsFixtures.SmoothingCase] =
        (try? StatsFixtures.load("holtwinters.json", as: [StatsFixtures.SmoothingCase].self)) ?? []

    @Test("fixtures are present")
    func fixturesLoad() { #expect(Self.cases.count >= 15) }

    @Test("SSE at least as low and forecasts within 2 % of the range", arguments: Self.cases)
    func agrees(_ c: StatsFixtures.SmoothingCase) throws {
        let y = try #require(try StatsFixtures.series()[c.series]).values
        let fit = try AdditiveSmoother(period: c.period).fit(y)
        #expect(fit.sse <= c.sse * 1.001, "\(c.series) \(c.model): SSE \(fit.sse) vs \(c.sse)")
        let points = fit.forecast(periods: c.mean.count, confidence: 0.95, period: c.period)
        let allowed = 0.02 * StatsFixtures.range(y)
        for (h, point) in points.enumerated() {
            #expect(
                abs(point.mean - c.mean[h]) <= allowed,
                "\(c.series) \(c.model) h=\(h + 1): \(point.mean) vs \(c.mean[h])")
        }
    }
}

extension StatsFixtures.SmoothingCase: CustomTestStringConvertible {
    var testDescription: String { "\(series) \(model)" }
}
