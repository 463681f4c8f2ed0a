import Foundation

extension ARIMAEstimator {
    /// The conditional-sum-of-squares estimate in the estimator's unconstrained coordinates (the
    /// start R's `arima` uses by default, method "CSS-ML"), or nil when it cannot be computed.
    ///
    /// With the expanded lag polynomials, e_t = x_t − Σφ*_i x_{t−i} − Σθ*_j e_{t−j} for
    /// x = w − μ, starting at t = deg φ* with earlier errors set to 0; the objective is
    /// ½ log(Σe²/m) over the m errors. It is minimised by BFGS from white noise; its optimum is
    /// close to the exact likelihood's for all but short series and lands in the right basin
    /// where the exact likelihood has several optima.
    func cssEstimate(_ w: [Double], centre: Double, spread: Double) -> [Double]? {
        let dimension = armaCount + (includeMean ? 1 : 0)
        guard armaCount > 0 else { return nil }
        let objective: ([Double]) -> Double = { u in
            let model = self.model(u, centre: centre, spread: spread)
            return Self.conditionalSumOfSquares(w, mean: model.mean, ar: model.arLags, ma: model.maLags)
        }
        let found = Minimizer.bfgs(objective, start: [Double](repeating: 0, count: dimension), maxIterations: 60)
        guard found.value.isFinite, found.x.allSatisfy({ $0.isFinite && abs($0) < 50 }) else { return nil }
        return found.x
    }

    /// ½ log of the mean squared conditional one-step error (+∞ when fewer than 2 errors remain).
    static func conditionalSumOfSquares(_ w: [Double], mean: Double, ar: [Double], ma: [Double]) -> Double {
        let p = ar.count, q = ma.count
        guard w.count > p + 1 else { return .infinity }
        var e = [Double](repeating: 0, count: w.count)
        var sum = 0.0
        w.withUnsafeBufferPointer { w in
            for t in p..<w.count {
                var v = w[t] - mean
                for i in 0..<p { v -= ar[i] * (w[t - i - 1] - mean) }
                for j in 0..<min(q, t - p) { v -= ma[j] * e[t - j - 1] }
                e[t] = v
                sum += v * v
            }
        }
        let m = Double(w.count - p)
        return sum > 0 && sum.isFinite ? 0.5 * log(sum / m) : .infinity
    }
}
