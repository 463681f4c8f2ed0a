import Foundation

/// Student's t distribution with `df` degrees of freedom.
struct StudentT: Sendable {
    let df: Double
    init(df: Double) { self.df = df }

    /// P(T ≤ t) = 1 − I_{df/(df+t²)}(df/2, 1/2)/2 for t ≥ 0 (symmetric otherwise).
    func cdf(_ t: Double) -> Double {
        let tail = 0.5 * SpecialFunctions.regularizedBeta(df / (df + t * t), df / 2, 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// P(|T| ≥ |t|), the two-sided p-value of a t statistic.
    func twoSidedPValue(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return SpecialFunctions.regularizedBeta(df / (df + t * t), df / 2, 0.5)
    }

    /// The p-quantile, by bracketing from the normal quantile and bisection-safeguarded Newton.
    func quantile(_ p: Double) -> Double {
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        if p < 0.5 { return -quantile(1 - p) }
        var lo = 0.0, hi = max(1.0, Normal.quantile(p) * 2)
        while cdf(hi) < p { hi *= 2 }
        var x = Normal.quantile(p)
        if x <= lo || x >= hi { x = (lo + hi) / 2 }
        for _ in 0..<200 {
            let f = cdf(x) - p
            if f > 0 { hi = x } else { lo = x }
            let logNorm: Double = lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * Double.pi)
            let logKernel: Double = -(df + 1) / 2 * log1p(x * x / df)
            let density = exp(logNorm + logKernel)
            var next = x - f / density
            if !(next > lo && next < hi) { next = (lo + hi) / 2 }
            if abs(next - x) <= 1e-14 * max(1, abs(x)) { return next }
            x = next
        }
        return x
    }
}
