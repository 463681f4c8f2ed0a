import Foundation

/// Exact Gaussian likelihood of a zero-mean ARMA process by the Kalman filter.
///
/// Model: w_t = Σφ_i w_{t−i} + ε_t + Σθ_j ε_{t−j}, ε ~ N(0, σ²). Harvey's state-space form with
/// r = max(p, q + 1): α_{t+1} = Tα_t + Rε_{t+1}, w_t = α_t[0], T the companion matrix of φ,
/// R = (1, θ₁, …, θ_{r−1})ᵀ. The initial state covariance is the stationary one,
/// P₀ = Σ_k T^k RRᵀ T'^k (by doubling). The filter runs with σ² = 1 and σ² is concentrated
/// out: σ̂² = (1/n)Σv_t²/F_t and log L = −n/2(log 2π + 1 + log σ̂²) − ½Σ log F_t, the exact
/// likelihood maximised over σ² (it equals statsmodels' SARIMAX log-likelihood at the optimum).
/// Once P stops changing (steady state) its update is skipped.
struct ARMAKalmanFilter {
    let phi: [Double]
    let r: Int
    let rVector: [Double]

    /// The filter state after the last observation: the one-step prediction a_{n+1}, P_{n+1}.
    struct State {
        var a: [Double]
        var p: [Double]
        var sumSquares: Double
        var sumLogF: Double
        var n: Int
        var sigma2: Double { sumSquares / Double(n) }
        var logLikelihood: Double {
            -Double(n) / 2 * (log(2 * Double.pi) + 1 + log(sigma2)) - sumLogF / 2
        }
    }

    init(ar: [Double], ma: [Double]) {
        r = max(ar.count, ma.count + 1)
        var phi = [Double](repeating: 0, count: r)
        for (i, v) in ar.enumerated() { phi[i] = v }
        var rv = [Double](repeating: 0, count: r)
        rv[0] = 1
        for (i, v) in ma.enumerated() { rv[i + 1] = v }
        self.phi = phi
        rVector = rv
    }

    /// Runs the filter over `w − mean`; nil when the variance degenerates.
    func run(_ w: [Double], mean: Double = 0) -> State? {
        let r = self.r
        var p = initialCovariance()
        var a = [Double](repeating: 0, count: r)
        var m = [Double](repeating: 0, count: r * r)
        var next = [Double](repeating: 0, count: r * r)
        var scratch = [Double](repeating: 0, count: r * r)
        var sumSquares = 0.0, sumLogF = 0.0
        var steady = false
        for value in w {
            let f = p[0]
            guard f > 1e-12, f.isFinite else { return nil }
            let v = value - mean - a[0]
            sumSquares += v * v / f
            sumLogF += log(f)
            // a ← T(a + P[:,0]·v/F), in place (a[i + 1] is read before it is overwritten).
            let scale = v / f
            let first = a[0] + p[0] * scale
            for i in 0..<r { a[i] = phi[i] * first + (i + 1 < r ? a[i + 1] + p[(i + 1) * r] * scale : 0) }
            if steady { continue }
            // P_u = P − P[:,0]P[0,:]/F, then P' = T P_u Tᵀ + RRᵀ.
            for i in 0..<r {
                let pi0 = p[i * r] / f
                for j in 0..<r { m[i * r + j] = p[i * r + j] - pi0 * p[j] }
            }
            transition(m, into: &next, scratch: &scratch)
            var change = 0.0
            for k in 0..<(r * r) { change = max(change, abs(next[k] - p[k])) }
            swap(&p, &next)
            if change < 1e-11 { steady = true }
        }
        return State(a: a, p: p, sumSquares: sumSquares, sumLogF: sumLogF, n: w.count)
    }

    /// out = T·pu·Tᵀ + RRᵀ for the companion T (`scratch` holds T·pu).
    func transition(_ pu: [Double], into out: inout [Double], scratch tm: inout [Double]) {
        let r = self.r
        for i in 0..<r {
            for j in 0..<r { tm[i * r + j] = phi[i] * pu[j] + (i + 1 < r ? pu[(i + 1) * r + j] : 0) }
        }
        for i in 0..<r {
            for j in 0..<r {
                out[i * r + j] = phi[j] * tm[i * r] + (j + 1 < r ? tm[i * r + j + 1] : 0) + rVector[i] * rVector[j]
            }
        }
    }

    /// P₀ = Σ_k T^k Q T'^k, Q = RRᵀ, by the doubling recursion P ← P + A P Aᵀ, A ← A²
    /// (in preallocated buffers: this runs once per likelihood evaluation).
    func initialCovariance() -> [Double] {
        let r = self.r, size = r * r
        var p = [Double](repeating: 0, count: size)
        for i in 0..<r { for j in 0..<r { p[i * r + j] = rVector[i] * rVector[j] } }
        var a = [Double](repeating: 0, count: size)
        for i in 0..<r {
            a[i * r] = phi[i]
            if i + 1 < r { a[i * r + i + 1] = 1 }
        }
        var ap = [Double](repeating: 0, count: size), next = ap
        for _ in 0..<60 {
            Matrix.multiply(a, p, r, into: &ap)
            var change = 0.0
            for i in 0..<r {
                for j in i..<r {
                    var sum = 0.0
                    for k in 0..<r { sum += ap[i * r + k] * a[j * r + k] }
                    p[i * r + j] += sum
                    if j != i { p[j * r + i] += sum }
                    change = max(change, abs(sum))
                }
            }
            if change < 1e-15 * max(1, p[0]) { break }
            Matrix.multiply(a, a, r, into: &next)
            swap(&a, &next)
        }
        return p
    }
}
