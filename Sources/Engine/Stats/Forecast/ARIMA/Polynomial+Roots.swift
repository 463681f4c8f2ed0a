import Foundation

extension Polynomial {
    /// Whether every inverse root of the lag polynomial 1 − φ₁B − … − φ_pBᵖ lies strictly inside
    /// the circle of radius `radius` (radius 1: the AR polynomial is stationary).
    ///
    /// The inverse roots λ of φ(B) = Π(1 − λB) satisfy |λ| < ρ exactly when φ(ρB) has inverse roots
    /// λ/ρ inside the unit circle, which the Schur–Cohn step-down recursion decides: the
    /// reflection coefficients r_k = φ_{k,k}, φ_{k−1,i} = (φ_{k,i} + r_k φ_{k,k−i}) / (1 − r_k²)
    /// must all satisfy |r_k| < 1 (the inverse of the Durbin–Levinson recursion).
    static func inverseRootsInside(ar phi: [Double], radius: Double) -> Bool {
        var a = phi.enumerated().map { $0.element * pow(radius, -Double($0.offset + 1)) }
        while let r = a.last {
            guard abs(r) < 1, r.isFinite else { return false }
            let k = a.count
            a = (0..<(k - 1)).map { (a[$0] + r * a[k - 2 - $0]) / (1 - r * r) }
        }
        return true
    }
}
