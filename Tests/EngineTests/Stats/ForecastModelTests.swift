import Foundation
import Testing

@testable import Engine

@Suite("Forecast models: shared behaviour and bad input")
struct ForecastModelTests {
    static let models: [any ForecastModel] = [
        ARIMAModel(order: ARIMAOrder(p: 1, d: 1, q: 1)),
        ARIMAModel(order: ARIMAOrder(p: 0, d: 1, q: 1, seasonalP: 0, seasonalD: 1, seasonalQ: 1, period: 12)),
        AutoARIMAModel(), HoltWintersModel(period: 12), HoltModel(), LinearTrendModel(), MovingAverageModel(window: 3),
        ETSModel(period: 12), ETSModel(trend: .damped, season: .multiplicative, period: 12),
    ]

    @Test("every model forecasts monthly CO₂ with ordered, widening-or-flat intervals")
    func allModels() throws {
        let y = try StatsFixtures.values("co2")
        for model in Self.models {
            let f = try model.forecast(y, periods: 12, confidence: 0.9)
            #expect(f.points.count == 12 && f.model == model.name)
            for p in f.points { #expect(p.lower < p.mean && p.mean < p.upper, "\(model.name)") }
            #expect(f.points.last!.upper - f.points.last!.lower >= f.points[0].upper - f.points[0].lower - 1e-9)
            // CO₂ keeps rising: the forecast stays in the series' neighbourhood.
            #expect(abs(f.points[0].mean - y.last!) < 5, "\(model.name): \(f.points[0].mean)")
        }
    }

    @Test("SARIMA reports its seasonal order and named parameters")
    func sarimaReport() throws {
        let y = try StatsFixtures.values("co2")
        let f = try ARIMAModel(
            order: ARIMAOrder(p: 0, d: 1, q: 1, seasonalP: 0, seasonalD: 1, seasonalQ: 1, period: 12)
        ).forecast(y, periods: 3)
        #expect(f.model == "sarima" && f.seasonalOrder == [0, 1, 1, 12])
        #expect(Set(f.params.keys) == ["ma.L1", "ma.S.L12", "sigma2"])
        let json = String(decoding: try JSONEncoder().encode(f), as: UTF8.self)
        #expect(json.contains("\"seasonal_order\"") && json.contains("\"n_obs\""))
    }

    @Test("drift adds a mean to the differenced series")
    func drift() throws {
        let y = try StatsFixtures.values("macro_realgdp")
        let f = try ARIMAModel(order: ARIMAOrder(p: 1, d: 1, q: 0), drift: true).forecast(y, periods: 4)
        let drift = try #require(f.params["drift"])
        #expect(drift > 30 && drift < 70)
        #expect(f.points[3].mean > f.points[0].mean)
    }

    @Test("too-short series are rejected with a clear error", arguments: Self.models)
    func tooShort(_ model: any ForecastModel) {
        #expect(throws: StatsError.self) { try model.forecast([1, 3, 2], periods: 2) }
    }

    @Test("constant series are rejected", arguments: Self.models.filter { !($0 is MovingAverageModel) })
    func constant(_ model: any ForecastModel) {
        #expect(throws: StatsError.self) { try model.forecast(Array(repeating: 4, count: 60), periods: 2) }
    }

    @Test("NaN and infinity are rejected", arguments: Self.models)
    func nonFinite(_ model: any ForecastModel) {
        var y = (0..<60).map { Double($0 % 12) + Double($0) / 10 }
        y[7] = .nan
        #expect(throws: StatsError.self) { try model.forecast(y, periods: 2) }
        y[7] = .infinity
        #expect(throws: StatsError.self) { try model.forecast(y, periods: 2) }
    }

    @Test("invalid arguments are rejected")
    func invalid() {
        let y = (0..<40).map { Double($0) + Double($0 % 3) }
        #expect(throws: StatsError.self) { try LinearTrendModel().forecast(y, periods: 0) }
        #expect(throws: StatsError.self) { try LinearTrendModel().forecast(y, periods: 3, confidence: 1.2) }
        #expect(throws: StatsError.self) {
            try ARIMAModel(order: ARIMAOrder(p: -1, d: 0, q: 0)).forecast(y, periods: 3)
        }
        #expect(throws: StatsError.self) {
            try ARIMAModel(order: ARIMAOrder(p: 1, d: 0, q: 0, seasonalP: 1)).forecast(y, periods: 3)
        }
        #expect(throws: StatsError.self) { try HoltWintersModel(period: 1).forecast(y, periods: 3) }
    }

    @Test("a random walk with no signal still fits and stays finite")
    func randomWalk() throws {
        var state: UInt64 = 42, level = 0.0
        let y = (0..<120).map { _ -> Double in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            level += Double(state >> 11) / Double(1 << 53) - 0.5
            return level
        }
        let f = try ARIMAModel(order: ARIMAOrder(p: 2, d: 1, q: 2)).forecast(y, periods: 6)
        #expect(f.points.allSatisfy { $0.mean.isFinite && $0.upper.isFinite })
    }
}
