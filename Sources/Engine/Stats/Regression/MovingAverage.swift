import Foundation

/// Moving averages of a series, aligned with it (one output per input).
enum MovingAverage {
    /// Trailing simple moving average: out[t] = mean(x[t−w+1…t]); `nil` for t < w − 1
    /// (pandas `rolling(w).mean()`).
    static func simple(_ x: [Double], window w: Int) throws -> [Double?] {
        guard w >= 1 else { throw StatsError.invalidParameter(name: "window", reason: "must be at least 1, got \(w)") }
        try Check.series(x, minimum: w, method: "moving average")
        var out = [Double?](repeating: nil, count: x.count)
        for t in (w - 1)..<x.count {
            var s = 0.0
            for i in (t - w + 1)...t { s += x[i] }
            out[t] = s / Double(w)
        }
        return out
    }

    /// Exponentially weighted moving average e[0] = x[0], e[t] = α·x[t] + (1 − α)·e[t−1]
    /// (pandas `ewm(alpha=α, adjust=False).mean()`), 0 < α ≤ 1.
    static func exponential(_ x: [Double], alpha: Double) throws -> [Double] {
        guard alpha > 0, alpha <= 1 else {
            throw StatsError.invalidParameter(name: "alpha", reason: "must be in (0, 1], got \(alpha)")
        }
        try Check.series(x, minimum: 1, method: "exponential moving average")
        var out = [x[0]]
        out.reserveCapacity(x.count)
        for t in 1..<x.count { out.append(alpha * x[t] + (1 - alpha) * out[t - 1]) }
        return out
    }
}
