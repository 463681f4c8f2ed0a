import Foundation
import Testing

@testable import Engine

@Suite("KPSS and automatic order agree with statsmodels")
struct AutoARIMATests {
    static let cases: [StatsFixtures.AutoCase] =
        (try? StatsFixtures.load("auto.json", as: [StatsFixtures.AutoCase].self)) ?? []

    @Test("KPSS statistic, lags and p-value for each differencing step", arguments: Self.cases)
    func kpss(_ c: StatsFixtures.AutoCase) throws {
        var w = try StatsFixtures.values(c.series)
        for (d, reference) in c.kpss.enumerated() {
            if d > 0 { w = zip(w.dropFirst(), w).map { $0 - $1 } }
            let test = try KPSS(w)
            #expect(test.lags == reference.lags, "\(c.series) d=\(d)")
            #expect(StatsFixtures.close(test.statistic, reference.statistic, relative: 1e-9), "\(c.series) d=\(d)")
            #expect(StatsFixtures.close(test.pValue, reference.p_value, relative: 1e-9))
        }
    }

    @Test("same d, AICs within 0.5 of statsmodels', an order with the same AIC", arguments: Self.cases)
    func selection(_ c: StatsFixtures.AutoCase) throws {
        let y = try StatsFixtures.values(c.series)
        let selection = try AutoARIMAModel().selectOrder(y)
        #expect(selection.order.d == c.d)
        for (key, aic) in c.aics {
            let ours = try #require(selection.candidates[key], "\(c.series) \(key) not fitted")
            // Ours may be lower where statsmodels stopped at a local optimum; never worse.
            #expect(ours < aic + 0.5, "\(c.series) \(key): AIC \(ours) vs \(aic)")
        }
        let chosen = "\(selection.order.p),\(selection.order.d),\(selection.order.q)"
        let best = c.aics.values.min() ?? .nan
        #expect(selection.candidates[chosen]! <= best + 0.5, "\(c.series): chose \(chosen)")
        #expect(selection.reasons.first?.contains("KPSS") == true)
    }

    @Test("the forecast report names the chosen order and why")
    func report() throws {
        let y = try StatsFixtures.values("nile")
        let f = try AutoARIMAModel().forecast(y, periods: 5)
        #expect(f.model == "arima" && f.order?.count == 3 && f.points.count == 5)
        #expect(f.notes.contains { $0.contains("lowest AIC") })
        #expect(f.aic != nil && f.nObs == 100)
    }
}

extension StatsFixtures.AutoCase: CustomTestStringConvertible {
    var testDescription: String { series }
}
