import Foundation
import Testing

@testable import Engine

/// Times the automatic seasonal ARIMA search (with a 12-step forecast) on the monthly series of
/// `seasonal.json`. Runs only with `AISER_BENCH=1` (see `bench/forecast/run.sh`); prints
/// `BENCH <series> sauto <median seconds>` lines and asserts nothing about time.
@Suite("Seasonal forecast benchmark", .enabled(if: ProcessInfo.processInfo.environment["AISER_BENCH"] == "1"))
struct SeasonalForecastBenchmark {
    @Test("seasonal auto search time per series")
    func searchTimes() throws {
        let all = try StatsFixtures.seasonal().series
        for name in all.keys.sorted() {
            let y = all[name]!.values
            var times: [Double] = []
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try AutoARIMAModel(period: 12).forecast(y, periods: 12)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            print("BENCH \(name) sauto \(times.sorted()[1])")
        }
    }
}
