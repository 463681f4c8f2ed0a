import Foundation
import Testing

extension StatsFixtures {
    /// `seasonal.json` (made by `generate_seasonal.py`): monthly series, the airline SARIMA
    /// reference, a statsmodels log-likelihood sweep and pmdarima's automatic choices.
    struct Seasonal: Decodable {
        struct Fit: Decodable, CustomTestStringConvertible {
            var series: String?
            var order: [Int]
            var seasonal_order: [Int]
            var llf: Double
            var aic: Double
            var params: [String: Double]
            var mean: [Double]?
            var lower95: [Double]?
            var upper95: [Double]?
            var testDescription: String { "\(series ?? "") \(order) \(seasonal_order)" }

            var arimaOrder: ARIMAOrderLiteral {
                (
                    order[0], order[1], order[2], seasonal_order[0], seasonal_order[1], seasonal_order[2],
                    seasonal_order[3]
                )
            }

            /// statsmodels' coefficients by polynomial.
            func coefficients(_ prefix: String, count: Int, lag: Int = 1) -> [Double] {
                (0..<count).map { params["\(prefix)\((($0 + 1) * lag))"] ?? 0 }
            }
        }

        struct Choice: Decodable {
            var series: String
            var order: [Int]
            var seasonal_order: [Int]
            var aicc: Double
        }

        var series: [String: StatsFixtures.Series]
        var airline: Fit
        var sweep: [Fit]
        var pmdarima: [Choice]
    }

    typealias ARIMAOrderLiteral = (Int, Int, Int, Int, Int, Int, Int)

    static func seasonal() throws -> Seasonal { try load("seasonal.json", as: Seasonal.self) }
}
