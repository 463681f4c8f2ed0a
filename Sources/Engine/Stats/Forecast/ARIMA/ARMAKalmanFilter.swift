import Foundation

/// Exact Gaussian likelihood of a zero-mean ARMA process by the Kalman filter.
///
/// Model: w_t = Σφ_i w_{t−i} + ε_t + Σθ_j ε_{t−j}, ε ~ N(0, σ²). Harvey's state-space form with
/// r = max(p, q + 1): α_{t+1} = Tα_t + Rε_{t+1}, w_t = α_t[0], T the companion matrix of φ,
/// R = (1, θ₁, …, θ_{r−1})ᵀ. The initial state covariance is the stationary one,
/// P₀ = Σ_k T^k RRᵀ T'^k (by doubling). The filter runs with σ² = 1 and σ² is concentrated
/// out: σ̂² = (1/n)Σv_t²/F_t and log L = −n/2(log 2π + 1 + log σ̂²) − ½Σ log F_t, the exact
/// likelihood maximised over σ² (it equals statsmodels' SARIMAX log-likelihood at the optimum).
/// Once P stops changing (steady state) its update is skipped and the gain is fixed.
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

    /// Runs the filter over `w − mean`; nil when the variance degenerates. One scratch buffer
    /// holds every matrix (this runs once per likelihood evaluation); in the steady state only
    /// the state mean is updated and log F_t is reused.
    func run(_ w: [Double], mean: Double = 0) -> State? {
        let r = self.r, size = r * r
        let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: 4 * size + 3 * r)
        defer { buffer.deallocate() }
        buffer.initialize(repeating: 0)
        let base = buffer.baseAddress!
        // p, then m, next and a fourth matrix (m, next and the fourth are also the three scratch
        // matrices of `initialCovariance`; p and next swap roles as P is updated).
        var p = base, next = base + 2 * size
        let m = base + size
        let a = base + 4 * size, phi = a + r, rv = phi + r
        for i in 0..<r {
            phi[i] = self.phi[i]
            rv[i] = rVector[i]
        }
        initialCovariance(into: p, scratch: m)
        var sumSquares = 0.0, sumLogF = 0.0
        var t = 0
        // Until P converges: the full update (a + P[:,0]·v/F has first element a₀ + v = w_t − μ).
        while t < w.count {
            let f = p[0]
            guard f > 1e-12, f.isFinite else { return nil }
            let inverseF = 1 / f
            let x = w[t] - mean, v = x - a[0], scale = v * inverseF
            sumSquares += v * scale
            sumLogF += log(f)
            // a ← T(a + P[:,0]·v/F), in place (a[i + 1] is read before it is overwritten).
            for i in 0..<(r - 1) { a[i] = phi[i] * x + a[i + 1] + p[(i + 1) * r] * scale }
            a[r - 1] = phi[r - 1] * x
            t += 1
            // P' = T X Tᵀ + RRᵀ with X = P − P[:,0]P[0,:]/F. Row and column 0 of X vanish (F = P₀₀),
            // so with T's companion form P'ᵢⱼ = X_{i+1,j+1} + RᵢRⱼ (X is 0 outside r×r): one pass.
            var change = 0.0
            for i in 0..<r {
                let inner = i + 1 < r
                let pi0 = inner ? p[(i + 1) * r] * inverseF : 0
                for j in i..<r {
                    var value = rv[i] * rv[j]
                    if inner && j + 1 < r { value += p[(i + 1) * r + j + 1] - pi0 * p[(j + 1) * r] }
                    next[i * r + j] = value
                    next[j * r + i] = value
                    change = max(change, abs(value - p[i * r + j]))
                }
            }
            swap(&p, &next)
            if change < 1e-11 { break }
        }
        // Steady state: constant F and gain K = P[:,0]/F; only the state mean moves.
        if t < w.count {
            let f = p[0]
            guard f > 1e-12, f.isFinite else { return nil }
            let inverseF = 1 / f, logF = log(f)
            let gain = m
            for i in 0..<r { gain[i] = p[i * r] * inverseF }
            for k in t..<w.count {
                let x = w[k] - mean, v = x - a[0]
                sumSquares += v * v * inverseF
                for i in 0..<(r - 1) { a[i] = phi[i] * x + a[i + 1] + gain[i + 1] * v }
                a[r - 1] = phi[r - 1] * x
            }
            sumLogF += Double(w.count - t) * logF
        }
        return State(
            a: Array(UnsafeBufferPointer(start: a, count: r)), p: Array(UnsafeBufferPointer(start: p, count: size)),
            sumSquares: sumSquares, sumLogF: sumLogF, n: w.count)
    }

    /// out = T·pu·Tᵀ + RRᵀ for the companion T (`scratch` holds T·pu).
    func transition(_ pu: [Double], into out: inout [Double], scratch tm: inout [Double]) {
        let r = self.r
        out.withUnsafeMutableBufferPointer { out in
            tm.withUnsafeMutableBufferPointer { tm in
                Self.transition(pu, into: out.baseAddress!, scratch: tm.baseAddress!, phi: phi, rv: rVector, r: r)
            }
        }
    }

    private static func transition(
        _ pu: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>, scratch tm: UnsafeMutablePointer<Double>,
        phi: UnsafePointer<Double>, rv: UnsafePointer<Double>, r: Int
    ) {
        for j in 0..<r { for i in 0..<(r - 1) { tm[i * r + j] = phi[i] * pu[j] + pu[(i + 1) * r + j] } }
        for j in 0..<r { tm[(r - 1) * r + j] = phi[r - 1] * pu[j] }
        for i in 0..<r {
            for j in 0..<(r - 1) { out[i * r + j] = phi[j] * tm[i * r] + tm[i * r + j + 1] + rv[i] * rv[j] }
            out[i * r + r - 1] = phi[r - 1] * tm[i * r] + rv[i] * rv[r - 1]
        }
    }

    /// P₀ = Σ_k T^k Q T'^k, Q = RRᵀ, by the doubling recursion P ← P + A P Aᵀ, A ← A², written
    /// to `p`; `scratch` must hold three r×r matrices.
    private func initialCovariance(into p: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>) {
        let r = self.r, size = r * r
        var a = scratch, ap = scratch + size, next = scratch + 2 * size
        for i in 0..<r { for j in 0..<r { p[i * r + j] = rVector[i] * rVector[j] } }
        a.update(repeating: 0, count: size)
        for i in 0..<r {
            a[i * r] = phi[i]
            if i + 1 < r { a[i * r + i + 1] = 1 }
        }
        for _ in 0..<60 {
            Self.multiply(a, p, r, into: ap)
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
            Self.multiply(a, a, r, into: next)
            swap(&a, &next)
        }
    }

    /// out = A·B for r×r matrices (out must not alias A or B).
    private static func multiply(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ n: Int, into out: UnsafeMutablePointer<Double>
    ) {
        out.update(repeating: 0, count: n * n)
        for i in 0..<n {
            for k in 0..<n {
                let aik = a[i * n + k]
                if aik == 0 { continue }
                for j in 0..<n { out[i * n + j] += aik * b[k * n + j] }
            }
        }
    }
}
