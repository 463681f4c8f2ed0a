/// The strength of seasonality of a series with period m, F = max(0, 1 − Var(R)/Var(S + R))
/// (Wang, Smith & Hyndman 2006), the measure R's `forecast::nsdiffs` uses by default to decide
/// seasonal differencing: D = 1 when F ≥ 0.64.
///
/// S and R come from a classical additive decomposition (not STL): the trend is the centred
/// moving average of m values (2×m for even m), the seasonal component the mean detrended value
/// of each season (centred to sum to zero) and R what is left; the variances are over the
/// periods where the trend is defined. Needs at least two full seasons plus one value.
struct SeasonalStrength: Sendable, Equatable, Codable {
    let period: Int
    let strength: Double
    /// The threshold above which one seasonal difference is taken (R's `nsdiffs`).
    static let threshold = 0.64

    var needsDifference: Bool { strength >= Self.threshold }

    init?(_ y: [Double], period m: Int) {
        let n = y.count
        guard m >= 2, n >= 2 * m + 1 else { return nil }
        let half = m / 2
        var detrended = [Double?](repeating: nil, count: n)
        for t in half..<(n - half) {
            var sum = 0.0
            if m % 2 == 0 {
                sum = (y[t - half] + y[t + half]) / 2
                for k in (t - half + 1)..<(t + half) { sum += y[k] }
            } else {
                for k in (t - half)...(t + half) { sum += y[k] }
            }
            detrended[t] = y[t] - sum / Double(m)
        }
        var seasonSum = [Double](repeating: 0, count: m), seasonCount = [Double](repeating: 0, count: m)
        for t in 0..<n {
            if let d = detrended[t] {
                seasonSum[t % m] += d
                seasonCount[t % m] += 1
            }
        }
        var index = (0..<m).map { seasonCount[$0] > 0 ? seasonSum[$0] / seasonCount[$0] : 0 }
        let centre = index.reduce(0, +) / Double(m)
        index = index.map { $0 - centre }
        var remainder: [Double] = [], total: [Double] = []
        for t in 0..<n {
            guard let d = detrended[t] else { continue }
            total.append(d - centre)
            remainder.append(d - centre - index[t % m])
        }
        func variance(_ v: [Double]) -> Double {
            let mean = v.reduce(0, +) / Double(v.count)
            return v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(v.count - 1, 1))
        }
        let all = variance(total)
        period = m
        strength = all > 0 ? max(0, 1 - variance(remainder) / all) : 0
    }
}
