import Foundation

/// Outlier detection rules. Both return the indices of the flagged values, in order.
enum Outliers {
    /// Tukey's rule: x < Q1 − k·IQR or x > Q3 + k·IQR, quartiles as in `Descriptive.quantile`
    /// (numpy linear), k = 1.5 by default.
    static func iqr(_ x: [Double], k: Double = 1.5) throws -> [Int] {
        let q = try Descriptive.quantiles(x, [0.25, 0.75])
        let spread = q[1] - q[0]
        let lo = q[0] - k * spread, hi = q[1] + k * spread
        return x.indices.filter { x[$0] < lo || x[$0] > hi }
    }

    /// The z-score rule: |x − x̄| / s > threshold with the sample standard deviation s
    /// (ddof 1), threshold 3 by default. A constant series has no outliers.
    static func zScore(_ x: [Double], threshold: Double = 3) throws -> [Int] {
        let m = try Descriptive.mean(x)
        guard x.count >= 2 else { return [] }
        let s = try Descriptive.standardDeviation(x)
        guard s > 0 else { return [] }
        return x.indices.filter { abs(x[$0] - m) / s > threshold }
    }
}
