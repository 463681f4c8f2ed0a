import Foundation

/// Loads the statsmodels/scipy reference values in `Fixtures/stats/` (made by `generate.py`).
enum StatsFixtures {
    struct Series: Decodable {
        var frequency: String
        var period: Int
        var values: [Double]
    }

    struct ARIMACase: Decodable {
        var series: String
        var order: [Int]
        var seasonal_order: [Int]
        var trend: String
        var aic: Double
        var llf: Double
        var params: [String: Double]
        var mean: [Double]
        var lower95: [Double]
        var upper95: [Double]
        var lower80: [Double]
        var upper80: [Double]
    }

    struct KPSSCase: Decodable {
        var statistic: Double
        var lags: Int
        var p_value: Double
    }

    struct AutoCase: Decodable {
        var series: String
        var d: Int
        var kpss: [KPSSCase]
        var aics: [String: Double]
        var best: [Int]
        var fit: ARIMACase
    }

    struct SmoothingCase: Decodable {
        var series: String
        var model: String
        var period: Int
        var sse: Double
        var params: [String: Double]
        var mean: [Double]
    }

    static func url(_ name: String) throws -> URL {
        guard let base = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return base.appendingPathComponent("stats").appendingPathComponent(name)
    }

    static func load<T: Decodable>(_ name: String, as: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: url(name)))
    }

    static func series() throws -> [String: Series] { try load("series.json", as: [String: Series].self) }

    /// Range of a series, the scale of the agreement targets.
    static func range(_ y: [Double]) -> Double { (y.max() ?? 0) - (y.min() ?? 0) }
}
