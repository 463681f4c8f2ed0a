import Foundation

/// Snedecor's F distribution with (d1, d2) degrees of freedom.
struct FDistribution: Sendable {
    let d1: Double
    let d2: Double
    init(d1: Double, d2: Double) {
        self.d1 = d1
        self.d2 = d2
    }

    /// P(F ≤ f) = I_{d1 f/(d1 f + d2)}(d1/2, d2/2).
    func cdf(_ f: Double) -> Double {
        if f <= 0 { return 0 }
        return SpecialFunctions.regularizedBeta(d1 * f / (d1 * f + d2), d1 / 2, d2 / 2)
    }

    /// P(F > f) = I_{d2/(d2 + d1 f)}(d2/2, d1/2), the upper-tail p-value.
    func survival(_ f: Double) -> Double {
        if f <= 0 { return 1 }
        return SpecialFunctions.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2)
    }
}
