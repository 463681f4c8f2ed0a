import Foundation

/// Holt's linear method and additive Holt-Winters, in statsmodels' `ExponentialSmoothing`
/// recursion (error-correction form, forecast of y_t is l_{t−1} + b_{t−1} + s_{t−m}):
///
///     l_t = α(y_t − s_{t−m}) + (1 − α)(l_{t−1} + b_{t−1})
///     b_t = β(l_t − l_{t−1}) + (1 − β)b_{t−1}
///     s_t = γ(y_t − l_{t−1} − b_{t−1}) + (1 − γ)s_{t−m}
///
/// with statsmodels' bounds 0 ≤ α ≤ 1, 0 ≤ β ≤ α, 0 ≤ γ ≤ 1 − α, and the initial states
/// l₀, b₀, s₋ₘ…s₋₁ estimated together with the smoothing parameters by minimising the sum of
/// squared one-step errors (statsmodels' default `initialization_method='estimated'`; here the
/// states, being linear given α, β, γ, are solved for by least squares inside the search). The
/// initial seasonal values are constrained to sum to zero (the SSE is invariant to moving a
/// constant between level and seasons, so forecasts are unaffected).
struct AdditiveSmoother {
    /// Seasonal period m (0 for Holt's linear method).
    let period: Int

    struct Parameters {
        var alpha: Double, beta: Double, gamma: Double
        var level: Double, trend: Double
        var seasons: [Double]
    }

    struct Fit {
        var parameters: Parameters
        var sse: Double
        var level: Double, trend: Double
        /// The last m seasonal states, oldest first.
        var seasons: [Double]
        var n: Int
        var converged: Bool
    }

    /// One pass: SSE and the final states.
    func run(_ y: [Double], _ p: Parameters) -> Fit {
        var l = p.level, b = p.trend
        var s = p.seasons
        var sse = 0.0
        let m = period
        for (t, value) in y.enumerated() {
            let season = m > 0 ? s[t % m] : 0
            let e = value - (l + b + season)
            sse += e * e
            let newLevel = p.alpha * (value - season) + (1 - p.alpha) * (l + b)
            if m > 0 { s[t % m] = p.gamma * (value - l - b) + (1 - p.gamma) * season }
            b = p.beta * (newLevel - l) + (1 - p.beta) * b
            l = newLevel
        }
        let rotated = m > 0 ? (0..<m).map { s[(y.count + $0) % m] } : []
        return Fit(parameters: p, sse: sse, level: l, trend: b, seasons: rotated, n: y.count, converged: true)
    }

    /// Minimises the SSE over the smoothing parameters with the initial states concentrated out
    /// (`SmoothingObjective`): a small grid of (α, β/α, γ/(1−α)) is scored, and the best few
    /// points are refined by box-constrained BFGS on the exact gradient (statsmodels' optima
    /// often sit on a bound: β = 0, γ = 0 or α = 1). The least-squares states are computed
    /// relative to a heuristic guess (l₀ the first season's mean, b₀ the mean change between the
    /// first two seasons per step, s the first season's deviations), all in standardised units.
    func fit(_ y: [Double]) throws -> Fit {
        let m = period
        let method = m > 0 ? "Holt-Winters" : "Holt's linear method"
        try Check.series(y, minimum: m > 0 ? 2 * m + 2 : 4, method: method)
        try Check.notConstant(y, method: method)
        let centre = y.reduce(0, +) / Double(y.count)
        let scale = max((y.reduce(0) { $0 + ($1 - centre) * ($1 - centre) } / Double(y.count)).squareRoot(), 1e-12)
        let z = y.map { ($0 - centre) / scale }
        let guess: [Double]
        if m > 0 {
            let first = z[0..<m].reduce(0, +) / Double(m), second = z[m..<(2 * m)].reduce(0, +) / Double(m)
            guess = [first, (second - first) / Double(m)] + (0..<(m - 1)).map { z[$0] - first }
        } else {
            guess = [z[0], z[1] - z[0]]
        }
        let objective = SmoothingObjective(smoother: self, y: z, guess: guess)
        var grid: [[Double]] = []
        for a in [0.1, 0.5, 0.9] {
            for b in [0.05, 0.5] {
                if m > 0 {
                    for g in [0.1, 0.5] { grid.append([a, b, g]) }
                } else {
                    grid.append([a, b])
                }
            }
        }
        let lower = [Double](repeating: 0, count: grid[0].count), upper = lower.map { _ in 1.0 }
        let ranked = grid.map { ($0, objective.value($0)) }.sorted { $0.1 < $1.1 }.prefix(3)
        func minimise(from start: [Double], iterations: Int) -> Minimum {
            Minimizer.boxBFGS(
                objective.value, gradient: { v, _ in objective.gradient(v) }, start: start, lower: lower,
                upper: upper, gradientTolerance: 1e-7, maxIterations: iterations)
        }
        // Multi-start: a short exploratory run from each, then the best one to the end.
        var best: Minimum?
        for (start, _) in ranked {
            let found = minimise(from: start, iterations: 25)
            if found.value.isFinite, best == nil || found.value < best!.value { best = found }
        }
        if let m = best, !m.converged {
            let full = minimise(from: m.x, iterations: 400)
            if full.value <= m.value { best = full }
        }
        guard let found = best, var p = objective.parameters(found.x) else {
            throw StatsError.notConverged(method: method)
        }
        p.level = centre + scale * p.level
        p.trend *= scale
        p.seasons = p.seasons.map { $0 * scale }
        var fit = run(y, p)
        fit.converged = found.converged
        return fit
    }
}
