import Foundation

extension ARIMAEstimator {
    /// Hannan–Rissanen start values in the estimator's unconstrained coordinates (the start
    /// statsmodels uses), or nil when the regression is not identified.
    ///
    /// x = w − w̄ (or w): a long autoregression of order m = max(⌊12(n/100)^¼⌋, 2(p + sP),
    /// 2(q + sQ)) (capped at n/3) is fitted by least squares, its residuals ê stand in for the
    /// innovations, and x_t is regressed on x at lags 1…p and s…sP and ê at lags 1…q and s…sQ
    /// (the seasonal cross terms are left out). A polynomial whose estimate is not stationary
    /// (or invertible) starts at 0 instead.
    func hannanRissanen(_ w: [Double], centre: Double) -> [Double]? {
        guard armaCount > 0 else { return nil }
        let n = w.count, s = max(order.period, 1)
        let x = w.map { $0 - centre }
        let arLags = Array(1...max(order.p, 1)).prefix(order.p) + (0..<order.seasonalP).map { ($0 + 1) * s }
        let maLags = Array(1...max(order.q, 1)).prefix(order.q) + (0..<order.seasonalQ).map { ($0 + 1) * s }
        var residuals = x
        if !maLags.isEmpty {
            let base = Int(12 * pow(Double(n) / 100, 0.25))
            let m = min(max(base, 2 * (order.p + s * order.seasonalP), 2 * (order.q + s * order.seasonalQ)), n / 3)
            guard m >= 1, let long = Self.leastSquares(x, lags: Array(1...m), errors: [], residuals: x, from: m) else {
                return nil
            }
            residuals = [Double](repeating: 0, count: n)
            for t in m..<n {
                var v = x[t]
                for i in 0..<m { v -= long[i] * x[t - i - 1] }
                residuals[t] = v
            }
        }
        let start = (arLags.max() ?? 0) + (maLags.isEmpty ? 0 : Int(12 * pow(Double(n) / 100, 0.25)))
        guard
            let b = Self.leastSquares(
                x, lags: Array(arLags), errors: Array(maLags), residuals: residuals, from: min(start, n / 2))
        else { return nil }
        let ar = Array(b[0..<order.p]), sar = Array(b[order.p..<arLags.count])
        let ma = Array(b[arLags.count..<(arLags.count + order.q)]), sma = Array(b[(arLags.count + order.q)...])
        func coordinates(_ phi: [Double]) -> [Double] {
            StationaryTransform.unconstrain(phi) ?? [Double](repeating: 0, count: phi.count)
        }
        var u: [Double] = includeMean ? [0] : []
        u += coordinates(ar) + coordinates(ma.map { -$0 }) + coordinates(sar) + coordinates(sma.map { -$0 })
        return u.allSatisfy(\.isFinite) ? u : nil
    }

    /// Least squares of x_t (t ≥ `from`) on x at `lags` and `residuals` at `errors`.
    static func leastSquares(_ x: [Double], lags: [Int], errors: [Int], residuals: [Double], from: Int) -> [Double]? {
        let k = lags.count + errors.count, n = x.count
        let first = max(from, (lags + errors).max() ?? 0)
        guard k > 0, n - first > k + 1 else { return nil }
        var gram = [Double](repeating: 0, count: k * k), moment = [Double](repeating: 0, count: k)
        var row = [Double](repeating: 0, count: k)
        for t in first..<n {
            for (i, lag) in lags.enumerated() { row[i] = x[t - lag] }
            for (j, lag) in errors.enumerated() { row[lags.count + j] = residuals[t - lag] }
            for i in 0..<k {
                moment[i] += row[i] * x[t]
                for j in i..<k { gram[i * k + j] += row[i] * row[j] }
            }
        }
        for i in 0..<k { for j in 0..<i { gram[i * k + j] = gram[j * k + i] } }
        return Matrix.solveSymmetric(gram, moment, k)
    }
}
