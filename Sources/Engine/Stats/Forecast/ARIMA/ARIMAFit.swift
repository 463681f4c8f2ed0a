import Foundation

/// A fitted (seasonal) ARIMA model: its parameters, likelihood and forecasts.
struct ARIMAFit {
    let order: ARIMAOrder
    let includeMean: Bool
    let mean: Double
    let ar: [Double]
    let ma: [Double]
    let seasonalAR: [Double]
    let seasonalMA: [Double]
    let filter: ARMAKalmanFilter
    let state: ARMAKalmanFilter.State
    let y: [Double]
    let delta: [Double]
    /// Number of estimated parameters, σ² included.
    let parameterCount: Int
    let converged: Bool
    /// A sentence about a better optimum at the edge that was not used (`ARIMAEdge`), or nil.
    var setAside: String? = nil
    /// The highest log-likelihood any start reached (≥ `logLikelihood`; larger only when an
    /// edge optimum was set aside).
    var bestLogLikelihood = -Double.infinity

    var sigma2: Double { state.sigma2 }
    var logLikelihood: Double { state.logLikelihood }
    /// AIC = −2 log L + 2k, k counting σ² (statsmodels' definition).
    var aic: Double { -2 * logLikelihood + 2 * Double(parameterCount) }
    /// AICc = AIC + 2k(k + 1)/(n − k − 1), n the number of differenced values (statsmodels'
    /// `aicc`; +∞ when n ≤ k + 1).
    var aicc: Double {
        let n = Double(state.n), k = Double(parameterCount)
        return n - k - 1 > 0 ? aic + 2 * k * (k + 1) / (n - k - 1) : .infinity
    }

    /// Parameters named as statsmodels names them.
    var params: [String: Double] {
        var out: [String: Double] = ["sigma2": sigma2]
        if includeMean { out[order.d + order.seasonalD == 0 ? "const" : "drift"] = mean }
        for (i, v) in ar.enumerated() { out["ar.L\(i + 1)"] = v }
        for (i, v) in ma.enumerated() { out["ma.L\(i + 1)"] = v }
        for (i, v) in seasonalAR.enumerated() { out["ar.S.L\((i + 1) * order.period)"] = v }
        for (i, v) in seasonalMA.enumerated() { out["ma.S.L\((i + 1) * order.period)"] = v }
        return out
    }

    /// Point forecasts and intervals h = 1…H ahead.
    ///
    /// The ARMA part is projected in state space (a_{n+h+1} = T a_{n+h},
    /// P_{n+h+1} = T P Tᵀ + RRᵀ) giving the joint covariance C(i, j) = [T^{j−i} P_{n+i}]₀₀ of the
    /// future differenced values; the differencing is then undone with ψ = 1/δ(B):
    /// y_{n+h} − ŷ_{n+h} = Σ_j ψ_{h−j}(w_{n+j} − ŵ_{n+j}), Var = σ̂² ψᵀCψ.
    /// Intervals are ŷ ± z_{(1+c)/2}·√Var.
    func forecast(periods: Int, confidence: Double) -> [Forecast.Point] {
        let r = filter.r
        var a = state.a, p = state.p
        var wMean = [Double](), columns = [[Double]]()
        var scratch = [Double](repeating: 0, count: r * r), product = scratch
        for _ in 0..<periods {
            wMean.append(a[0] + mean)
            columns.append((0..<r).map { p[$0 * r] })
            var next = a
            for i in 0..<r { next[i] = filter.phi[i] * a[0] + (i + 1 < r ? a[i + 1] : 0) }
            a = next
            filter.transition(p, into: &scratch, scratch: &product)
            p = scratch
        }
        // Joint covariance of the future differenced values.
        var cov = [[Double]](repeating: [Double](repeating: 0, count: periods), count: periods)
        for i in 0..<periods {
            var c = columns[i]
            cov[i][i] = c[0]
            for j in (i + 1)..<max(i + 1, periods) {
                var n = c
                for k in 0..<r { n[k] = filter.phi[k] * c[0] + (k + 1 < r ? c[k + 1] : 0) }
                c = n
                cov[i][j] = c[0]
                cov[j][i] = c[0]
            }
        }
        // Undo the differencing: y_t = w_t − Σ_{k≥1} δ_k y_{t−k}.
        var path = y
        for h in 0..<periods {
            var v = wMean[h]
            for k in 1..<delta.count { v -= delta[k] * path[path.count - k] }
            path.append(v)
        }
        let psi = Polynomial.inverse(delta, count: periods)
        let z = Normal.quantile((1 + confidence) / 2)
        return (0..<periods).map { h in
            var variance = 0.0
            for i in 0...h { for j in 0...h { variance += psi[h - i] * psi[h - j] * cov[i][j] } }
            let half = z * (max(variance, 0) * sigma2).squareRoot()
            let m = path[y.count + h]
            return Forecast.Point(mean: m, lower: m - half, upper: m + half)
        }
    }
}
