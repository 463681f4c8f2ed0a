import Foundation
import Testing

@testable import Engine

/// Times ARIMA(2,1,1), automatic ARIMA, Holt-Winters and ETS fits (with a 12-step forecast and
/// its intervals) on the bundled series: ETS(A,Ad,A), ETS(A,Ad,M) (positive seasonal series) and
/// the automatic ETS form. Runs only with `AISER_BENCH=1` (see `bench/forecast/run.sh`); prints
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
            if s.period > 1 {
                models.append(("holtwinters", HoltWintersModel(period: s.period)))
                models.append(("ets_aada", ETSModel(trend: .damped, season: .additive, period: s.period)))
                if s.values.allSatisfy({ $0 > 0 }) {
                    models.append(("ets_aadm", ETSModel(trend: .damped, season: .multiplicative, period: s.period)))
                }
            }
            models.append(("ets_auto", ETSModel(period: s.period > 1 ? s.period : 0)))
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
