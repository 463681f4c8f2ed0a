/// One pass of an `ETSForm` over a series with additive errors e_t = y_t − μ_t:
///
///     additive season:        μ = l + φb + s,   l' = l + φb + αe,    b' = φb + βe,    s' = s + γe
///     multiplicative season:  μ = (l + φb)s,    l' = l + φb + αe/s,  b' = φb + βe/s,
///                             s' = γ*·y/l' + (1 − γ*)s  with γ* = γ/(1 − α)
///
/// (no season: s = 0 in the additive equations; no trend: b = 0; undamped: φ = 1) — the
/// recursions of statsmodels' `ETSModel` smoother, Holt-Winters' in error-correction form. (For a
/// multiplicative season its documentation and its simulation write s' = s + γe/(l + φb)
/// instead, Hyndman et al.'s state-space form; its likelihood, and this one, use the former.)
struct ETSRecursion {
    let form: ETSForm
    let period: Int

    /// The states after the last value.
    struct State: Sendable, Equatable {
        var level: Double
        var trend: Double
        /// The last m seasons, oldest first (the next value uses the first).
        var seasons: [Double]
    }

    /// The sum of squared one-step errors and the final state; `errors`, when given, receives
    /// each one-step error.
    func run(_ y: [Double], _ p: ETSParameters, errors: UnsafeMutableBufferPointer<Double>? = nil) -> (
        sse: Double, state: State
    ) {
        let m = form.hasSeason ? period : 0
        let multiplicative = form.season == .multiplicative
        var l = p.level, b = form.hasTrend ? p.trend : 0
        let phi = form.trend == .damped ? p.phi : 1
        let gammaStar = p.alpha < 1 ? p.gamma / (1 - p.alpha) : 0
        var s = p.seasons
        var sse = 0.0
        for t in y.indices {
            let i = m > 0 ? t % m : 0
            let base = l + phi * b
            let season = m > 0 ? s[i] : (multiplicative ? 1 : 0)
            let e: Double
            if multiplicative {
                e = y[t] - base * season
                l = base + p.alpha * e / season
                b = phi * b + p.beta * e / season
                s[i] = gammaStar * y[t] / l + (1 - gammaStar) * season
            } else {
                e = y[t] - base - season
                l = base + p.alpha * e
                b = phi * b + p.beta * e
                if m > 0 { s[i] = season + p.gamma * e }
            }
            if let errors { errors[t] = e }
            sse += e * e
        }
        let rotated = m > 0 ? (0..<m).map { s[(y.count + $0) % m] } : []
        return (sse.isFinite ? sse : .infinity, State(level: l, trend: b, seasons: rotated))
    }
}
