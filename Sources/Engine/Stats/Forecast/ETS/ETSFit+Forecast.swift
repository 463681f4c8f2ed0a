import Foundation

extension ETSFit {
    /// The h-step forecasts with prediction intervals at `confidence`.
    ///
    /// The point forecast is ŷ_{n+h} = (l_n + φ_h b_n) ∘ s, with φ_h = φ + … + φʰ (h undamped, 0
    /// without a trend) and s the season of step h (∘: + or ×). For the linear forms (no or an
    /// additive season) the interval is analytic (Hyndman et al. 2008, class 1):
    /// Var_h = σ²[1 + Σ_{j=1}^{h−1}(α + βφ_j + γ·[j mod m = 0])²]. With a multiplicative season
    /// there is no closed form: the bounds are the quantiles of `simulatedPaths` paths simulated
    /// with the fitted recursion (`ETSRecursion`) and Gaussian errors of variance σ², from a generator seeded with
    /// `simulationSeed`, so a forecast is the same every time it is computed.
    func forecast(periods: Int, confidence: Double) -> [Forecast.Point] {
        let means = (1...periods).map(pointForecast)
        guard form.season != .multiplicative else { return simulated(means: means, confidence: confidence) }
        let p = parameters, z = Normal.quantile((1 + confidence) / 2)
        var sum = 0.0, phiJ = 0.0, power = 1.0
        return means.enumerated().map { index, mean in
            let h = index + 1
            if h > 1 {
                let j = h - 1
                if form.hasTrend {
                    power *= form.trend == .damped ? p.phi : 1
                    phiJ += power
                }
                let seasonal = period > 0 && j % period == 0 ? p.gamma : 0
                let c = p.alpha + (form.hasTrend ? p.beta * phiJ : 0) + seasonal
                sum += c * c
            }
            let half = z * (sigma2 * (1 + sum)).squareRoot()
            return Forecast.Point(mean: mean, lower: mean - half, upper: mean + half)
        }
    }

    /// The deterministic h-step forecast.
    func pointForecast(_ h: Int) -> Double {
        let phi = form.trend == .damped ? parameters.phi : 1
        var phiH = 0.0, power = 1.0
        if form.hasTrend {
            for _ in 0..<h {
                power *= phi
                phiH += power
            }
        }
        let base = state.level + phiH * state.trend
        guard period > 0 else { return base }
        let season = state.seasons[(h - 1) % period]
        return form.season == .multiplicative ? base * season : base + season
    }

    /// The seed of the interval simulation.
    static let simulationSeed: UInt64 = 20_081_231

    /// How many paths the interval simulation draws for a horizon: 5000, fewer for very long
    /// horizons (at most 5 million simulated steps, at least 500 paths).
    static func simulatedPaths(periods: Int) -> Int { min(5000, max(500, 5_000_000 / max(periods, 1))) }

    /// Bounds from simulated paths (multiplicative season), around the deterministic `means`.
    func simulated(means: [Double], confidence: Double) -> [Forecast.Point] {
        let count = Self.simulatedPaths(periods: means.count), m = period
        let p = parameters, phi = form.trend == .damped ? p.phi : 1, sigma = sigma2.squareRoot()
        let gammaStar = p.alpha < 1 ? p.gamma / (1 - p.alpha) : 0
        var random = SeededGenerator(seed: Self.simulationSeed)
        var level = [Double](repeating: state.level, count: count)
        var trend = [Double](repeating: form.hasTrend ? state.trend : 0, count: count)
        var seasons = [Double](repeating: 0, count: count * m)
        for path in 0..<count { for j in 0..<m { seasons[path * m + j] = state.seasons[j] } }
        var draws = [Double](repeating: 0, count: count)
        let lowP = (1 - confidence) / 2, highP = (1 + confidence) / 2
        return means.enumerated().map { index, mean in
            let i = index % m
            for path in 0..<count {
                let base = level[path] + phi * trend[path], season = seasons[path * m + i]
                let e = sigma * random.nextGaussian()
                let y = base * season + e
                draws[path] = y
                level[path] = base + p.alpha * e / season
                trend[path] = phi * trend[path] + p.beta * e / season
                seasons[path * m + i] = gammaStar * y / level[path] + (1 - gammaStar) * season
            }
            let sorted = draws.sorted()
            return Forecast.Point(
                mean: mean, lower: Self.quantile(sorted, lowP), upper: Self.quantile(sorted, highP))
        }
    }

    /// The q-quantile of sorted values by linear interpolation (numpy's default).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let below = Int(position.rounded(.down)), above = min(below + 1, sorted.count - 1)
        let weight = position - Double(below)
        return sorted[below] * (1 - weight) + sorted[above] * weight
    }
}
