import Foundation

/// Descriptive statistics of a sample. Every function rejects NaN/∞ and empty input.
enum Descriptive {
    /// Arithmetic mean Σx/n.
    static func mean(_ x: [Double]) throws -> Double {
        try Check.series(x, minimum: 1, method: "mean")
        return x.reduce(0, +) / Double(x.count)
    }

    /// The median: the 0.5 quantile (the middle value, or the mean of the middle pair).
    static func median(_ x: [Double]) throws -> Double { try quantile(x, 0.5) }

    /// The q-quantile by linear interpolation between order statistics — numpy's default
    /// (`method='linear'`, Hyndman–Fan type 7): h = (n−1)q, Q = x₍⌊h⌋₎ + (h−⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
    static func quantile(_ x: [Double], _ q: Double) throws -> Double {
        try quantiles(x, [q])[0]
    }

    /// Several quantiles of one sample (sorted once); see `quantile(_:_:)`.
    static func quantiles(_ x: [Double], _ qs: [Double]) throws -> [Double] {
        try Check.series(x, minimum: 1, method: "quantile")
        for q in qs where !(0...1).contains(q) {
            throw StatsError.invalidParameter(name: "q", reason: "a quantile must be between 0 and 1, got \(q)")
        }
        let s = x.sorted()
        return qs.map { q in
            let h = Double(s.count - 1) * q
            let lo = Int(h.rounded(.down))
            let hi = min(lo + 1, s.count - 1)
            return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
        }
    }

    /// Sample variance Σ(x − x̄)²/(n − 1) (two-pass).
    static func variance(_ x: [Double]) throws -> Double {
        try Check.series(x, minimum: 2, method: "variance")
        let m = x.reduce(0, +) / Double(x.count)
        return x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)
    }

    /// Sample standard deviation √(Σ(x − x̄)²/(n − 1)) (numpy `std(ddof=1)`).
    static func standardDeviation(_ x: [Double]) throws -> Double { try variance(x).squareRoot() }
}
