/// A fitted model's projection: point forecasts with prediction intervals and what was fitted.
struct Forecast: Sendable, Equatable, Codable {
    /// One projected step.
    struct Point: Sendable, Equatable, Codable {
        var mean: Double
        var lower: Double
        var upper: Double
        init(mean: Double, lower: Double, upper: Double) {
            self.mean = mean
            self.lower = lower
            self.upper = upper
        }
    }

    var model: String
    /// (p, d, q) for ARIMA models.
    var order: [Int]?
    /// (P, D, Q, s) for seasonal ARIMA models.
    var seasonalOrder: [Int]?
    /// −2 log L + 2k when the model has a likelihood.
    var aic: Double?
    var nObs: Int
    /// Fitted parameters by name (`ar.L1`, `ma.L1`, `sigma2`, `alpha`, …).
    var params: [String: Double]
    var confidence: Double
    var points: [Point]
    /// Whether the optimizer reported convergence (false: best point found is used).
    var converged: Bool
    /// How the model was chosen and fitted, in plain sentences.
    var notes: [String]

    enum CodingKeys: String, CodingKey {
        case model, order, aic, params, confidence, points, converged, notes
        case seasonalOrder = "seasonal_order"
        case nObs = "n_obs"
    }
}
