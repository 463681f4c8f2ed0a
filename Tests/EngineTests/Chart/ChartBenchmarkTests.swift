import Engine
import Foundation
import Testing

/// The renderer half of `bench/charts/run.sh`: renders the gallery N times (light and dark) and
/// prints the rate. Runs only when `AISER_BENCH_CHARTS` is set; it asserts nothing about time.
@Suite("Chart benchmark")
struct ChartBenchmarkTests {
    static let rounds = ProcessInfo.processInfo.environment["AISER_BENCH_CHARTS"].flatMap(Int.init)

    @Test("renders the gallery N times and prints charts per second", .enabled(if: rounds != nil))
    func bench() throws {
        let entries = try Gallery.load()
        let n = Self.rounds ?? 1
        var bytes = 0, charts = 0
        let start = Date()
        for _ in 0..<n {
            for e in entries {
                var c = e.chart
                c.options.theme = charts % 2 == 0 ? "light" : "dark"
                bytes += ChartRenderer.svg(c, width: e.width, height: e.height).utf8.count
                charts += 1
            }
        }
        let seconds = Date().timeIntervalSince(start)
        let line =
            "AISER_BENCH charts=\(charts) seconds=\(seconds) charts_per_second=\(Double(charts) / seconds) avg_svg_bytes=\(bytes / max(charts, 1))\n"
        FileHandle.standardError.write(Data(line.utf8))
        #expect(charts == n * entries.count)
    }
}
