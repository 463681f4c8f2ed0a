/// A fitted model's projection: point forecasts with prediction intervals and what was fitted.
public struct Forecast: Sendable, Equatable, Codable {
    /// One projected step.
    public struct Point: Sendable, Equatable, Codable {
        public var mean: Double
        public var lower: Double
        public var upper: Double
        public init(mean: Double, lower: Double, upper: Double) {
            self.mean = mean
            self.lower = lower
            self.upper = upper
        }
    }

    public var model: String
    /// (p, d, q) for ARIMA models.
    public var order: [Int]?
    /// (P, D, Q, s) for seasonal ARIMA models.
    public var seasonalOrder: [Int]?
    /// −2 log L + 2k when the model has a likelihood.
    public var aic: Double?
    public var nObs: Int
    /// Fitted parameters by name (`ar.L1`, `ma.L1`, `sigma2`, `alpha`, …).
    public var params: [String: Double]
    public var confidence: Double
    public var points: [Point]
    /// Whether the optimizer reported convergence (false: best point found is used).
    public var converged: Bool
    /// How the model was chosen and fitted, in plain sentences.
    public var notes: [String]
    /// The exponential smoothing form (`ETS(A,Ad,M)`) of an `ets` model, for titles and choices
    /// (not encoded: the notes and parameters say it).
    public var form: String? = nil

    enum CodingKeys: String, CodingKey {
        case model, order, aic, params, confidence, points, converged, notes
        case seasonalOrder = "seasonal_order"
        case nObs = "n_obs"
    }
}
