import Foundation
import Testing

@testable import Engine

/// Times ARIMA(2,1,1), automatic ARIMA and Holt-Winters fits (with a 12-step forecast) on the
/// bundled series. Runs only with `AISER_BENCH=1` (see `bench/forecast/run.sh`); prints
/// `BENCH <series> <model> <median seconds>` lines and asserts nothing about time.
@Suite("Forecast benchmark", .enabled(if: ProcessInfo.processInfo.environment["AISER_BENCH"] == "1"))
struct ForecastBenchmark {
    @Test("fit times per series and model")
    func fitTimes() throws {
        let all = try StatsFixtures.series()
        for name in all.keys.sorted() {
            let s = all[name]!
            var models: [(String, any ForecastModel)] = [
                ("arima211", ARIMAModel(order: ARIMAOrder(p: 2, d: 1, q: 1))), ("auto", AutoARIMAModel()),
            ]
            if s.period > 1 { models.append(("holtwinters", HoltWintersModel(period: s.period))) }
            for (label, model) in models {
                var times: [Double] = []
                for _ in 0..<5 {
                    let start = DispatchTime.now().uptimeNanoseconds
                    _ = try model.forecast(s.values, periods: 12)
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                }
                print("BENCH \(name) \(label) \(times.sorted()[2])")
            }
        }
    }
}
