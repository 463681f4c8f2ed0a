import Foundation

/// The χ² distribution with `df` degrees of freedom.
struct ChiSquared: Sendable {
    let df: Double
    init(df: Double) { self.df = df }

    /// P(X > x) = Q(df/2, x/2).
    func survival(_ x: Double) -> Double { SpecialFunctions.upperRegularizedGamma(df / 2, x / 2) }

    /// P(X ≤ x) = 1 − Q(df/2, x/2).
    func cdf(_ x: Double) -> Double { 1 - survival(x) }
}
