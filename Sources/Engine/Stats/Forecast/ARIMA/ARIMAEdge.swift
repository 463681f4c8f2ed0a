import Foundation

/// When an ARIMA optimum lies at the edge of the admissible region, and what to prefer then.
///
/// An optimum is at the edge when an inverse root of the AR or MA polynomial (non-seasonal, or
/// seasonal in Bˢ) has modulus ≥ 0.95 — close to non-stationarity or, for the MA part, to
/// non-invertibility, where an MA root at ≈ 1 cancels a difference and the intervals collapse —
/// or when an AR and an MA inverse root of the same part lie within 0.1 of each other (they
/// nearly cancel: the model is over-parameterised and the pair is poorly identified).
/// `ARIMAEstimator` keeps every distinct optimum its starts reach; when the best is at the edge
/// and an interior one has a log-likelihood within 1.0 of it (AIC within 2, which the AIC does
/// not tell apart), the interior one is used, and the notes say so.
enum ARIMAEdge {
    static let radius = 0.95
    static let cancellingDistance = 0.1
    static let comparableLogLikelihood = 1.0

    /// Why the parameters are at the edge, or nil. φ, Φ are AR coefficients (1 − Σφ_iBⁱ),
    /// θ, Θ MA coefficients (1 + Σθ_iBⁱ).
    static func reason(ar: [Double], ma: [Double], seasonalAR: [Double], seasonalMA: [Double]) -> String? {
        for (name, c) in [
            ("AR", ar.map { -$0 }), ("MA", ma), ("seasonal AR", seasonalAR.map { -$0 }), ("seasonal MA", seasonalMA),
        ] {
            let largest = Polynomial.largestInverseRoot(c)
            if largest >= radius {
                return "\(name) inverse root of modulus \(format(largest)) (≥ \(radius))"
            }
        }
        for (part, a, m) in [("", ar, ma), ("seasonal ", seasonalAR, seasonalMA)] where !a.isEmpty && !m.isEmpty {
            for x in Polynomial.inverseRoots(a.map { -$0 }) {
                for y in Polynomial.inverseRoots(m) {
                    let distance = ((x.re - y.re) * (x.re - y.re) + (x.im - y.im) * (x.im - y.im)).squareRoot()
                    if distance < cancellingDistance {
                        return
                            "\(part)AR and MA inverse roots \(format(x.re)) and \(format(y.re)) nearly cancel (distance \(format(distance)) < \(cancellingDistance))"
                    }
                }
            }
        }
        return nil
    }

    static func format(_ v: Double) -> String { StatText.coefficient(v) }
}
