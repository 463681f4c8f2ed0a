import Foundation

/// Maps unconstrained reals onto stationary AR coefficients — the Monahan (1984) / Jones (1980)
/// transform used by statsmodels (`constrain_stationary_univariate`): partial autocorrelations
/// r_k = u_k/√(1 + u_k²) ∈ (−1, 1) turned into coefficients by the Durbin–Levinson recursion.
/// For an MA polynomial the result is negated (1 + θB is invertible iff 1 − (−θ)B is stationary).
enum StationaryTransform {
    /// Coefficients φ of 1 − φ₁B − … − φ_pBᵖ with all roots outside the unit circle.
    static func constrain(_ u: [Double]) -> [Double] { constrain(u[...]) }

    /// As `constrain(_:)`, on a slice of the parameter vector.
    static func constrain(_ u: ArraySlice<Double>) -> [Double] {
        let n = u.count
        guard n > 0 else { return [] }
        var previous = [Double](repeating: 0, count: n)
        var current = previous
        for (k, value) in u.enumerated() {
            let r = value / (1 + value * value).squareRoot()
            for i in 0..<k { current[i] = previous[i] + r * previous[k - i - 1] }
            current[k] = r
            swap(&previous, &current)
        }
        for i in 0..<n { previous[i] = -previous[i] }
        return previous
    }
}

extension StationaryTransform {
    /// The inverse of `constrain(_:)`: the unconstrained values whose image is φ, by the
    /// step-down (inverse Durbin–Levinson) recursion to the partial autocorrelations r_k and
    /// u_k = r_k/√(1 − r_k²); nil when φ is not stationary.
    static func unconstrain(_ phi: [Double]) -> [Double]? {
        let n = phi.count
        var a = phi.map { -$0 }
        var partial = [Double](repeating: 0, count: n)
        for k in stride(from: n - 1, through: 0, by: -1) {
            let r = a[k]
            guard abs(r) < 0.9999, r.isFinite else { return nil }
            partial[k] = r
            if k > 0 { a = (0..<k).map { (a[$0] - r * a[k - 1 - $0]) / (1 - r * r) } }
        }
        return partial.map { $0 / (1 - $0 * $0).squareRoot() }
    }
}
