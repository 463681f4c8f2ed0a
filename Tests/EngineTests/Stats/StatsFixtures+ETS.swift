import Foundation

@testable import Engine

extension StatsFixtures {
    /// One `ets.json` case (made by `generate_ets.py`): statsmodels' `ETSModel` fit of one form.
    struct ETSCase: Decodable, CustomStringConvertible {
        var series: String
        var period: Int
        var form: String
        var sse: Double
        var aicc: Double
        var params: [String: Double]
        var mean: [Double]
        var lower95: [Double]
        var upper95: [Double]

        var description: String { "\(series) ETS(\(form))" }

        /// "A,Ad,M" read as a form.
        var etsForm: ETSForm {
            let parts = form.split(separator: ",").map(String.init)
            let trend: ETSForm.Trend = parts[1] == "N" ? .none : parts[1] == "A" ? .additive : .damped
            let season: ETSForm.Season = parts[2] == "N" ? .none : parts[2] == "A" ? .additive : .multiplicative
            return ETSForm(trend: trend, season: season)
        }

        /// statsmodels' parameters in ours (its initial_seasonal.0 is the most recent season).
        var parameters: ETSParameters {
            ETSParameters(
                alpha: params["smoothing_level"]!, beta: params["smoothing_trend"] ?? 0,
                gamma: params["smoothing_seasonal"] ?? 0, phi: params["damping_trend"] ?? 1,
                level: params["initial_level"]!, trend: params["initial_trend"] ?? 0,
                seasons: (0..<period).reversed().map { params["initial_seasonal.\($0)"]! })
        }
    }

    static func ets() throws -> [ETSCase] { try load("ets.json", as: [ETSCase].self) }

    /// The values of an `ets.json` series (from series.json or seasonal.json).
    static func etsSeries(_ name: String) throws -> [Double] {
        if let found = try series()[name] { return found.values }
        guard let found = try seasonal().series[name] else { throw CocoaError(.fileNoSuchFile) }
        return found.values
    }
}
