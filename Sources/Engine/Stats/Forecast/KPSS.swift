import Foundation

/// The KPSS test of level stationarity (Kwiatkowski, Phillips, Schmidt & Shin 1992), as
/// statsmodels `kpss(x, regression='c', nlags='auto')`.
///
/// e_t = x_t − x̄, η = Σ S_t²/n² with S_t the partial sums of e; the long-run variance
/// s² = (Σe² + 2Σ_{i=1}^{L}(1 − i/(L+1))Σ_t e_t e_{t−i})/n with the Bartlett kernel and the
/// Hobijn et al. (1998) automatic lag L; statistic η/s². Stationarity is rejected at 5 % when
/// the statistic exceeds 0.463; the p-value is interpolated in the KPSS table
/// (0.347, 0.463, 0.574, 0.739 ↔ 0.10, 0.05, 0.025, 0.01) and clipped to [0.01, 0.10].
struct KPSS: Sendable, Equatable, Codable {
    let statistic: Double
    let lags: Int
    let pValue: Double
    /// The 5 % critical value, 0.463.
    static let criticalValue5 = 0.463

    /// Whether the series passes (level stationarity is not rejected at 5 %).
    var isStationary: Bool { statistic <= KPSS.criticalValue5 }

    init(_ x: [Double]) throws {
        try Check.series(x, minimum: 3, method: "KPSS test")
        let n = x.count
        let m = x.reduce(0, +) / Double(n)
        let e = x.map { $0 - m }
        func lagProduct(_ i: Int) -> Double {
            var s = 0.0
            for t in i..<n { s += e[t] * e[t - i] }
            return s
        }
        // Hobijn et al. automatic bandwidth.
        let covlags = Int(pow(Double(n), 2.0 / 9.0))
        var s0 = e.reduce(0) { $0 + $1 * $1 } / Double(n), s1 = 0.0
        if covlags >= 1 {
            for i in 1...covlags {
                let prod = lagProduct(i) / (Double(n) / 2)
                s0 += prod
                s1 += Double(i) * prod
            }
        }
        let ratio = s0 != 0 ? s1 / s0 : 0
        let gamma = 1.1447 * pow(ratio * ratio, 1.0 / 3.0)
        let autolags = Int(gamma * pow(Double(n), 1.0 / 3.0))
        let lags = min(max(autolags, 0), n - 1)
        var partial = 0.0, eta = 0.0
        for v in e {
            partial += v
            eta += partial * partial
        }
        eta /= Double(n * n)
        var s2 = e.reduce(0) { $0 + $1 * $1 }
        if lags >= 1 {
            for i in 1...lags { s2 += 2 * lagProduct(i) * (1 - Double(i) / Double(lags + 1)) }
        }
        s2 /= Double(n)
        guard s2 > 0 else { throw StatsError.constantSeries(method: "KPSS test") }
        statistic = eta / s2
        self.lags = lags
        pValue = KPSS.interpolate(statistic)
    }

    static func interpolate(_ stat: Double) -> Double {
        let crit = [0.347, 0.463, 0.574, 0.739], p = [0.10, 0.05, 0.025, 0.01]
        if stat <= crit[0] { return p[0] }
        if stat >= crit[3] { return p[3] }
        for i in 0..<3 where stat <= crit[i + 1] {
            return p[i] + (stat - crit[i]) / (crit[i + 1] - crit[i]) * (p[i + 1] - p[i])
        }
        return p[3]
    }
}
