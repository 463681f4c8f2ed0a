import Foundation

/// Snedecor's F distribution with (d1, d2) degrees of freedom.
public struct FDistribution: Sendable {
    public let d1: Double
    public let d2: Double
    public init(d1: Double, d2: Double) {
        self.d1 = d1
        self.d2 = d2
    }

    /// P(F ≤ f) = I_{d1 f/(d1 f + d2)}(d1/2, d2/2).
    public func cdf(_ f: Double) -> Double {
        if f <= 0 { return 0 }
        return SpecialFunctions.regularizedBeta(d1 * f / (d1 * f + d2), d1 / 2, d2 / 2)
    }

    /// P(F > f) = I_{d2/(d2 + d1 f)}(d2/2, d1/2), the upper-tail p-value.
    public func survival(_ f: Double) -> Double {
        if f <= 0 { return 1 }
        return SpecialFunctions.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2)
    }
}
