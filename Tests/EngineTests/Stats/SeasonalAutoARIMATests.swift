import Foundation
import Testing

@testable import Engine

@Suite("Automatic seasonal ARIMA")
struct SeasonalAutoARIMATests {
    static let fixture: StatsFixtures.Seasonal? = try? StatsFixtures.seasonal()
    static var choices: [StatsFixtures.Seasonal.Choice] { fixture?.pmdarima ?? [] }

    /// Issue 18, finding 2: `auto` on the airline series chose a non-seasonal (2,1,1).
    @Test("the airline series gets a seasonal model, with the search explained")
    func airline() throws {
        let y = try #require(Self.fixture?.series["airline"]).values
        let (selection, fit) = try AutoARIMAModel(period: 12).select(y)
        #expect(selection.order.isSeasonal && selection.order.seasonalD == 1)
        #expect(selection.candidates.count == 36)
        #expect((selection.seasonalStrength ?? 0) >= SeasonalStrength.threshold)
        #expect(selection.reasons[0].hasPrefix("D = 1"))
        #expect(selection.reasons.contains { $0.contains("lowest AICc") && $0.contains("next best") })
        #expect(!fit.hasNearUnitRoot)
        let f = try AutoARIMAModel(period: 12).forecast(y, periods: 12)
        #expect(f.model == "sarima" && f.seasonalOrder?.last == 12)
    }

    /// pmdarima decides D by the OCSB test and searches stepwise; where it reaches the same
    /// (d, D), our exhaustive search must find an order at least as good by AICc.
    @Test("at least as good an AICc as pmdarima's auto_arima where the differencing agrees", arguments: Self.choices)
    func againstPmdarima(_ c: StatsFixtures.Seasonal.Choice) throws {
        let y = try #require(Self.fixture?.series[c.series]).values
        let (selection, fit) = try AutoARIMAModel(period: 12).select(y)
        #expect(selection.order.seasonalD == 1, "\(c.series): strength \(selection.seasonalStrength ?? .nan)")
        guard selection.order.d == c.order[1], selection.order.seasonalD == c.seasonal_order[1],
            c.order.max()! <= 2, c.seasonal_order.prefix(3).max()! <= 1
        else { return }
        #expect(fit.aicc <= c.aicc + 0.5, "\(c.series): \(fit.order) AICc \(fit.aicc) vs pmdarima \(c.aicc)")
    }

    @Test("seasonal strength: strong for a pure season, weak for noise, nil when too short")
    func strength() throws {
        let season = (0..<60).map { sin(Double($0) * .pi / 6) * 10 + Double($0) * 0.1 }
        #expect((SeasonalStrength(season, period: 12)?.strength ?? 0) > 0.99)
        var state: UInt64 = 7
        let noise = (0..<60).map { _ -> Double in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        #expect((SeasonalStrength(noise, period: 12)?.strength ?? 1) < 0.64)
        #expect(SeasonalStrength(Array(season.prefix(24)), period: 12) == nil)
    }
}

extension StatsFixtures.Seasonal.Choice: CustomTestStringConvertible {
    var testDescription: String { series }
}
