import Foundation
import Testing

@testable import Engine

@Suite("ETS models: forms, intervals and the log rule")
struct ETSModelTests {
    static func airline() throws -> [Double] { try #require(try StatsFixtures.seasonal().series["airline"]).values }

    @Test("a multiplicative damped fit of the airline series: simulated intervals, the same every time")
    func multiplicative() throws {
        let y = try Self.airline()
        let model = ETSModel(trend: .damped, season: .multiplicative, period: 12)
        let f = try model.forecast(y, periods: 24)
        #expect(f.model == "ets" && f.form == "ETS(A,Ad,M)")
        #expect(f.notes.contains { $0.contains("simulated paths") })
        #expect(f.points.allSatisfy { $0.lower < $0.mean && $0.mean < $0.upper })
        // Seasonal: the July peak stays above the November trough.
        #expect(f.points[6].mean > f.points[10].mean)
        #expect(try model.forecast(y, periods: 24) == f)
        let phi = try #require(f.params["damping_trend"])
        #expect(phi >= 0.8 && phi <= 0.98)
    }

    @Test("intervals widen with the horizon for every linear form")
    func widening() throws {
        let y = try Self.airline()
        for trend in ETSForm.Trend.allCases {
            let f = try ETSModel(trend: trend, season: .additive, period: 12).forecast(y, periods: 13)
            #expect(f.points[12].upper - f.points[12].lower > f.points[0].upper - f.points[0].lower)
        }
    }

    @Test("multiplicative seasonality needs positive values and a season")
    func refusals() throws {
        let y = (0..<48).map { Double($0 % 12) - 3 + Double($0) / 10 }
        #expect(throws: StatsError.self) {
            try ETSModel(season: .multiplicative, period: 12).forecast(y, periods: 3)
        }
        #expect(throws: StatsError.self) { try ETSModel(season: .additive).forecast(y, periods: 3) }
        // Chosen automatically, a non-positive series only tries the additive seasons.
        let f = try ETSModel(period: 12).forecast(y, periods: 3)
        #expect(f.form?.hasSuffix(",M)") == false)
    }

    @Test("the log rule: airline's spread grows with its level, CO₂'s does not, non-positive series have no log")
    func logRule() throws {
        let seasonal = try StatsFixtures.seasonal()
        let airline = try #require(LogTransformRule(try Self.airline(), period: 12))
        #expect(airline.prefersLog)
        let co2Values = try #require(seasonal.series["co2"]).values
        let co2 = try #require(LogTransformRule(co2Values, period: 12))
        #expect(!co2.prefersLog)
        #expect(LogTransformRule([3, 2, 0, 4, 5, 6], period: nil) == nil)
        #expect(LogTransformRule([3, 2, 1], period: 12) == nil)
    }

    @Test("the seeded generator repeats itself and draws standard normal values")
    func generator() {
        var a = SeededGenerator(seed: 7), b = SeededGenerator(seed: 7)
        let draws = (0..<20_000).map { _ in a.nextGaussian() }
        #expect(draws == (0..<20_000).map { _ in b.nextGaussian() })
        let mean = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(draws.count)
        #expect(abs(mean) < 0.05 && abs(variance - 1) < 0.05)
    }
}
