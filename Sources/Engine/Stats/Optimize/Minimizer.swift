import Foundation

/// The outcome of an unconstrained minimisation.
struct Minimum: Sendable {
    var x: [Double]
    var value: Double
    var converged: Bool
    var iterations: Int
}

/// Quasi-Newton BFGS with forward-difference gradients and a backtracking Armijo line search;
/// the inverse-Hessian approximation is reset to the identity whenever the curvature
/// condition fails. Non-finite objective values are treated as +∞ (rejected steps).
enum Minimizer {
    static func bfgs(
        _ f: ([Double]) -> Double, start: [Double], gradientTolerance: Double = 1e-6,
        maxIterations: Int = 200
    ) -> Minimum {
        let n = start.count
        func value(_ x: [Double]) -> Double { let v = f(x); return v.isFinite ? v : .infinity }
        var x = start
        var fx = value(x)
        if n == 0 || !fx.isFinite { return Minimum(x: x, value: fx, converged: n == 0 && fx.isFinite, iterations: 0) }
        var g = gradient(value, x, at: fx)
        var h = identity(n)
        for iteration in 1...maxIterations {
            if g.map(abs).max()! < gradientTolerance {
                return Minimum(x: x, value: fx, converged: true, iterations: iteration)
            }
            var d = (0..<n).map { i in -(0..<n).reduce(0) { $0 + h[i][$1] * g[$1] } }
            var slope = zip(d, g).reduce(0) { $0 + $1.0 * $1.1 }
            if slope >= 0 { h = identity(n); d = g.map { -$0 }; slope = -g.reduce(0) { $0 + $1 * $1 } }
            var step = 1.0, xNew = x, fNew = Double.infinity
            while step > 1e-12 {
                xNew = zip(x, d).map { $0 + step * $1 }
                fNew = value(xNew)
                if fNew <= fx + 1e-4 * step * slope { break }
                step *= 0.5
            }
            if !(fNew < fx) || step <= 1e-12 {
                return Minimum(x: x, value: fx, converged: abs(slope) < 1e-8 * max(1, abs(fx)), iterations: iteration)
            }
            let gNew = gradient(value, xNew, at: fNew)
            let s = zip(xNew, x).map { $0 - $1 }, y = zip(gNew, g).map { $0 - $1 }
            let sy = zip(s, y).reduce(0) { $0 + $1.0 * $1.1 }
            let improvement = fx - fNew
            x = xNew
            g = gNew
            if sy > 1e-12 {
                h = update(h, s: s, y: y, sy: sy)
            } else {
                h = identity(n)
            }
            if improvement < 1e-12 * max(1, abs(fx)) && g.map(abs).max()! < 1e-3 {
                fx = fNew
                return Minimum(x: x, value: fx, converged: true, iterations: iteration)
            }
            fx = fNew
        }
        return Minimum(x: x, value: fx, converged: false, iterations: maxIterations)
    }

    /// Forward differences with step 1e-7·max(1, |x_i|) (error ~1e-7 relative, ample for BFGS
    /// on these smooth objectives, at half the cost of central differences); `fx` is f(x).
    static func gradient(_ f: ([Double]) -> Double, _ x: [Double], at fx: Double) -> [Double] {
        var g = [Double](repeating: 0, count: x.count)
        var probe = x
        for i in x.indices {
            let h = 1e-7 * max(1, abs(x[i]))
            probe[i] = x[i] + h
            let up = f(probe)
            probe[i] = x[i] - h
            g[i] = up.isFinite ? (up - fx) / h : (fx - f(probe)) / h
            probe[i] = x[i]
            if !g[i].isFinite { g[i] = 0 }
        }
        return g
    }

    private static func identity(_ n: Int) -> [[Double]] {
        (0..<n).map { i in (0..<n).map { $0 == i ? 1 : 0 } }
    }

    /// H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1/(yᵀs).
    private static func update(_ h: [[Double]], s: [Double], y: [Double], sy: Double) -> [[Double]] {
        let n = s.count, rho = 1 / sy
        let hy = (0..<n).map { i in (0..<n).reduce(0) { $0 + h[i][$1] * y[$1] } }
        let yhy = zip(y, hy).reduce(0) { $0 + $1.0 * $1.1 }
        var out = h
        for i in 0..<n {
            for j in 0..<n {
                out[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j]
            }
        }
        return out
    }
}
