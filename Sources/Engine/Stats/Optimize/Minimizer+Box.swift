extension Minimizer {
    /// BFGS restricted to the box lower ≤ x ≤ upper (a projected quasi-Newton method in the
    /// spirit of L-BFGS-B): a coordinate sitting on a bound whose gradient points outward is
    /// held fixed, the quasi-Newton step is taken in the others, and the step is projected back
    /// into the box with a backtracking Armijo search. Converged when the projected gradient is
    /// below `gradientTolerance`. Optima on a bound are reached exactly, in a few iterations.
    static func boxBFGS(
        _ f: ([Double]) -> Double, gradient: ([Double], Double) -> [Double], start: [Double],
        lower: [Double], upper: [Double], gradientTolerance: Double = 1e-7, maxIterations: Int = 200
    ) -> Minimum {
        let n = start.count
        func value(_ x: [Double]) -> Double { let v = f(x); return v.isFinite ? v : .infinity }
        func project(_ x: [Double]) -> [Double] { (0..<n).map { min(max(x[$0], lower[$0]), upper[$0]) } }
        var x = project(start)
        var fx = value(x)
        if n == 0 || !fx.isFinite { return Minimum(x: x, value: fx, converged: n == 0 && fx.isFinite, iterations: 0) }
        var g = gradient(x, fx)
        var h = [Double](repeating: 0, count: n * n)
        for i in 0..<n { h[i * n + i] = 1 }
        var scaled = false, curvature = 1.0
        var previousFree = [Bool](repeating: true, count: n)
        for iteration in 1...maxIterations {
            let free = (0..<n).map { i in !((x[i] <= lower[i] && g[i] > 0) || (x[i] >= upper[i] && g[i] < 0)) }
            if free != previousFree {
                // The curvature learnt across the old free set misleads in the new one: restart
                // from the identity scaled to the last observed curvature.
                for i in 0..<n { for j in 0..<n { h[i * n + j] = i == j ? curvature : 0 } }
                previousFree = free
            }
            let projected = (0..<n).map { free[$0] ? g[$0] : 0 }
            let largest = projected.map(abs).max() ?? 0
            if largest < gradientTolerance {
                return Minimum(x: x, value: fx, converged: true, iterations: iteration)
            }
            var d = (0..<n).map { i in
                free[i] ? -(0..<n).reduce(0) { free[$1] ? $0 + h[i * n + $1] * g[$1] : $0 } : 0
            }
            if zip(d, g).reduce(0, { $0 + $1.0 * $1.1 }) >= 0 {
                d = projected.map { -$0 }
                for i in 0..<n { for j in 0..<n { h[i * n + j] = i == j ? 1 : 0 } }
                scaled = false
            }
            if !scaled {
                // Before any curvature is known, a first step of at most a tenth of the box.
                let span = (0..<n).map { upper[$0] - lower[$0] }.min() ?? 1
                let size = d.map(abs).max() ?? 0
                if size > 0.1 * span { d = d.map { $0 * 0.1 * span / size } }
            }
            var step = 1.0, xNew = x, fNew = Double.infinity
            while step > 1e-12 {
                xNew = project(zip(x, d).map { $0 + step * $1 })
                let decrease = zip(g, zip(xNew, x)).reduce(0) { $0 + $1.0 * ($1.1.0 - $1.1.1) }
                fNew = value(xNew)
                if fNew <= fx + 1e-4 * decrease { break }
                step *= 0.5
            }
            if !(fNew < fx) || step <= 1e-12 {
                return Minimum(x: x, value: fx, converged: largest < 1e-4, iterations: iteration)
            }
            let gNew = gradient(xNew, fNew)
            let s = zip(xNew, x).map { $0 - $1 }, y = zip(gNew, g).map { $0 - $1 }
            let sy = zip(s, y).reduce(0) { $0 + $1.0 * $1.1 }
            let improvement = fx - fNew
            x = xNew
            fx = fNew
            g = gNew
            if sy > 1e-12 {
                curvature = sy / y.reduce(0) { $0 + $1 * $1 }
                if !scaled {
                    // Shanno–Phua: scale the identity to the observed curvature first.
                    for i in 0..<n { h[i * n + i] = curvature }
                    scaled = true
                }
                update(&h, s: s, y: y, sy: sy)
            }
            if improvement < 1e-12 * max(1, abs(fx)) && largest < 1e-3 {
                return Minimum(x: x, value: fx, converged: true, iterations: iteration)
            }
        }
        return Minimum(x: x, value: fx, converged: false, iterations: maxIterations)
    }

    /// H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1/(yᵀs), on row-major n×n storage.
    private static func update(_ h: inout [Double], s: [Double], y: [Double], sy: Double) {
        let n = s.count, rho = 1 / sy
        let hy = (0..<n).map { i in (0..<n).reduce(0) { $0 + h[i * n + $1] * y[$1] } }
        let yhy = zip(y, hy).reduce(0) { $0 + $1.0 * $1.1 }
        for i in 0..<n {
            for j in 0..<n {
                h[i * n + j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j]
            }
        }
    }
}
