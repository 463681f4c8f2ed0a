import Foundation

/// The χ² distribution with `df` degrees of freedom.
public struct ChiSquared: Sendable {
    public let df: Double
    public init(df: Double) { self.df = df }

    /// P(X > x) = Q(df/2, x/2).
    public func survival(_ x: Double) -> Double { SpecialFunctions.upperRegularizedGamma(df / 2, x / 2) }

    /// P(X ≤ x) = 1 − Q(df/2, x/2).
    public func cdf(_ x: Double) -> Double { 1 - survival(x) }
}
