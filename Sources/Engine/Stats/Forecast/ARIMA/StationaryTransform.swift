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
