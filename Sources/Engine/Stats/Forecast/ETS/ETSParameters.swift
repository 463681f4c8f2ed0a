/// The parameters of an `ETSForm` in state-space form (Hyndman et al. 2008; statsmodels'
/// `ETSModel`): smoothing α, β (β* of Holt's method times α), γ, damping φ (1 when undamped)
/// and the initial states l₀, b₀ and s₋ₘ…s₋₁ (oldest first).
struct ETSParameters: Sendable, Equatable {
    var alpha: Double
    var beta: Double = 0
    var gamma: Double = 0
    var phi: Double = 1
    var level: Double
    var trend: Double = 0
    var seasons: [Double] = []

    /// statsmodels' `ETSModel` names (initial_seasonal.0 is s₋₁, the most recent).
    func named(_ form: ETSForm) -> [String: Double] {
        var out = ["smoothing_level": alpha, "initial_level": level]
        if form.hasTrend {
            out["smoothing_trend"] = beta
            out["initial_trend"] = trend
        }
        if form.trend == .damped { out["damping_trend"] = phi }
        if form.hasSeason {
            out["smoothing_seasonal"] = gamma
            for (i, s) in seasons.reversed().enumerated() { out["initial_seasonal.\(i)"] = s }
        }
        return out
    }
}
