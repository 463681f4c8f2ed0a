extension AdditiveSmoother {
    /// The SSE and its partial derivatives with respect to (α, β, γ) at fixed initial states,
    /// by forward-mode differentiation of the recursion (one tangent lane per parameter).
    func sseGradient(_ y: [Double], _ p: Parameters) -> (sse: Double, gradient: SIMD4<Double>) {
        let m = period
        let a = p.alpha, b = p.beta, g = p.gamma
        let unitA = SIMD4<Double>(1, 0, 0, 0), unitB = SIMD4<Double>(0, 1, 0, 0), unitG = SIMD4<Double>(0, 0, 1, 0)
        var l = p.level, bb = p.trend
        var dl = SIMD4<Double>(), db = SIMD4<Double>()
        var s = p.seasons
        var ds = [SIMD4<Double>](repeating: SIMD4<Double>(), count: max(m, 1))
        var sse = 0.0, gradient = SIMD4<Double>()
        for t in y.indices {
            let i = m > 0 ? t % m : 0
            let season = m > 0 ? s[i] : 0, dSeason = ds[i]
            let e = y[t] - (l + bb + season)
            sse += e * e
            gradient -= (2 * e) * (dl + db + dSeason)
            let newLevel = a * (y[t] - season) + (1 - a) * (l + bb)
            let dNewLevel = (y[t] - season - l - bb) * unitA - a * dSeason + (1 - a) * (dl + db)
            if m > 0 {
                s[i] = g * (y[t] - l - bb) + (1 - g) * season
                ds[i] = (y[t] - l - bb - season) * unitG - g * (dl + db) + (1 - g) * dSeason
            }
            let newTrend = b * (newLevel - l) + (1 - b) * bb
            db = (newLevel - l - bb) * unitB + b * (dNewLevel - dl) + (1 - b) * db
            bb = newTrend
            l = newLevel
            dl = dNewLevel
        }
        return (sse, gradient)
    }
}
