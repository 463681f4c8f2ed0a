import Foundation

extension AdditiveSmoother.Fit {
    /// ŷ_{n+h} = l_n + h·b_n + s_{n+h−m(⌊(h−1)/m⌋+1)}, with intervals from the equivalent
    /// ETS(A,A,A) model: Var_h = σ²[1 + Σ_{j=1}^{h−1}(α + αβj + γ·[j mod m = 0])²],
    /// σ² = SSE/n (Hyndman et al. 2008, class 1). statsmodels' `ExponentialSmoothing` gives no
    /// intervals, so these are not checked against it.
    func forecast(periods: Int, confidence: Double, period m: Int) -> [Forecast.Point] {
        let p = parameters
        let sigma2 = sse / Double(n)
        let z = Normal.quantile((1 + confidence) / 2)
        var sum = 0.0
        return (1...periods).map { h in
            if h > 1 {
                let j = Double(h - 1)
                let seasonal = (m > 0 && (h - 1) % m == 0) ? p.gamma : 0
                let c = p.alpha + p.alpha * p.beta * j + seasonal
                sum += c * c
            }
            let season = m > 0 ? seasons[(h - 1) % m] : 0
            let mean = level + Double(h) * trend + season
            let half = z * (sigma2 * (1 + sum)).squareRoot()
            return Forecast.Point(mean: mean, lower: mean - half, upper: mean + half)
        }
    }

    /// Parameters named as statsmodels names them.
    var named: [String: Double] {
        var out = [
            "smoothing_level": parameters.alpha, "smoothing_trend": parameters.beta,
            "initial_level": parameters.level, "initial_trend": parameters.trend, "sse": sse,
        ]
        if !parameters.seasons.isEmpty {
            out["smoothing_seasonal"] = parameters.gamma
            for (i, s) in parameters.seasons.enumerated() { out["initial_seasons.\(i)"] = s }
        }
        return out
    }
}
