import Foundation

extension Polynomial {
    /// The inverse roots λ of the lag polynomial 1 + c₁B + … + c_kBᵏ = Π(1 − λB), as (real,
    /// imaginary) pairs: the roots of zᵏ + c₁zᵏ⁻¹ + … + c_k, found by the Durand–Kerner
    /// (Weierstrass) iteration from the usual spiral start (0.4 + 0.9i)ʲ. Trailing zero
    /// coefficients give inverse roots at 0.
    static func inverseRoots(_ c: [Double]) -> [(re: Double, im: Double)] {
        let k = c.count
        guard k > 0 else { return [] }
        if k == 1 { return [(-c[0], 0)] }
        if k == 2 {
            let disc = c[0] * c[0] - 4 * c[1]
            if disc >= 0 {
                let s = disc.squareRoot()
                return [((-c[0] + s) / 2, 0), ((-c[0] - s) / 2, 0)]
            }
            let s = (-disc).squareRoot() / 2
            return [(-c[0] / 2, s), (-c[0] / 2, -s)]
        }
        func mul(_ a: (Double, Double), _ b: (Double, Double)) -> (Double, Double) {
            (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
        }
        func div(_ a: (Double, Double), _ b: (Double, Double)) -> (Double, Double) {
            let d = b.0 * b.0 + b.1 * b.1
            guard d > 0 else { return (0, 0) }
            return ((a.0 * b.0 + a.1 * b.1) / d, (a.1 * b.0 - a.0 * b.1) / d)
        }
        // Horner on the monic polynomial z^k + c₁z^{k−1} + … + c_k.
        func value(_ z: (Double, Double)) -> (Double, Double) {
            var v = (1.0, 0.0)
            for coefficient in c {
                v = mul(v, z)
                v.0 += coefficient
            }
            return v
        }
        var roots: [(Double, Double)] = []
        var power = (1.0, 0.0)
        for _ in 0..<k {
            roots.append(power)
            power = mul(power, (0.4, 0.9))
        }
        for _ in 0..<500 {
            var change = 0.0
            for i in 0..<k {
                var denominator = (1.0, 0.0)
                for j in 0..<k where j != i {
                    denominator = mul(denominator, (roots[i].0 - roots[j].0, roots[i].1 - roots[j].1))
                }
                let step = div(value(roots[i]), denominator)
                roots[i] = (roots[i].0 - step.0, roots[i].1 - step.1)
                change = max(change, abs(step.0) + abs(step.1))
            }
            if change < 1e-13 { break }
        }
        return roots.map { (re: $0.0, im: $0.1) }
    }

    /// The largest modulus among the inverse roots of 1 + c₁B + … (0 for an empty polynomial).
    static func largestInverseRoot(_ c: [Double]) -> Double {
        inverseRoots(c).map { ($0.re * $0.re + $0.im * $0.im).squareRoot() }.max() ?? 0
    }
}
