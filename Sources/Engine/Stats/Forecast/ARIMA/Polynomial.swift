/// Lag polynomials as coefficient arrays c[0] + c[1]B + c[2]B² + ….
enum Polynomial {
    static func multiply(_ a: [Double], _ b: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: a.count + b.count - 1)
        for i in a.indices where a[i] != 0 { for j in b.indices { out[i + j] += a[i] * b[j] } }
        return out
    }

    /// 1 + c₁Bˢ + c₂B²ˢ + … from the seasonal coefficients c.
    static func seasonal(_ c: [Double], sign: Double, period s: Int) -> [Double] {
        var out = [Double](repeating: 0, count: c.count * s + 1)
        out[0] = 1
        for (j, v) in c.enumerated() { out[(j + 1) * s] = sign * v }
        return out
    }

    /// δ(B) = (1 − B)^d (1 − Bˢ)^D.
    static func differencing(d: Int, seasonalD: Int, period s: Int) -> [Double] {
        var out: [Double] = [1]
        for _ in 0..<d { out = multiply(out, [1, -1]) }
        for _ in 0..<seasonalD { out = multiply(out, seasonal([1], sign: -1, period: s)) }
        return out
    }

    /// w_t = Σ δ_k y_{t−k}, for t from deg δ on.
    static func apply(_ delta: [Double], to y: [Double]) -> [Double] {
        let k = delta.count - 1
        guard y.count > k else { return [] }
        return (k..<y.count).map { t in
            var s = 0.0
            for j in delta.indices { s += delta[j] * y[t - j] }
            return s
        }
    }

    /// The first `count` coefficients of 1/δ(B) (δ₀ = 1).
    static func inverse(_ delta: [Double], count: Int) -> [Double] {
        var psi = [Double](repeating: 0, count: count)
        guard count > 0 else { return psi }
        psi[0] = 1
        for j in 1..<count {
            var s = 0.0
            for k in 1..<delta.count where k <= j { s += delta[k] * psi[j - k] }
            psi[j] = -s
        }
        return psi
    }
}
