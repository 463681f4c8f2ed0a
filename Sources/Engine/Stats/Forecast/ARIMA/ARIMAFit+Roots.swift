import Foundation

extension ARIMAFit {
    /// Whether an AR or MA inverse root lies within 1 % of the unit circle (|λ| ≥ 0.99): such a
    /// fit is on the edge of non-stationarity or non-invertibility (an MA root at ≈ 1 is the mark
    /// of over-differencing) and its forecasts and intervals are unreliable. R's `auto.arima`
    /// and pmdarima's `auto_arima` give such candidates an infinite information criterion.
    var hasNearUnitRoot: Bool {
        let radius = 0.99, s = Double(max(order.period, 1))
        let inside =
            Polynomial.inverseRootsInside(ar: ar, radius: radius)
            && Polynomial.inverseRootsInside(ar: ma.map { -$0 }, radius: radius)
            && Polynomial.inverseRootsInside(ar: seasonalAR, radius: pow(radius, s))
            && Polynomial.inverseRootsInside(ar: seasonalMA.map { -$0 }, radius: pow(radius, s))
        return !inside
    }

    /// Why the optimum is at the edge of the admissible region (`ARIMAEdge`), or nil.
    var edge: String? { ARIMAEdge.reason(ar: ar, ma: ma, seasonalAR: seasonalAR, seasonalMA: seasonalMA) }
}
