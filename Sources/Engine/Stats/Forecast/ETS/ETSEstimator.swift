import Foundation

/// Fits an `ETSForm` by maximum likelihood with additive Gaussian errors, i.e. by least squares
/// of the one-step errors over the smoothing parameters and the initial states (statsmodels'
/// `ETSModel(error="add")` with `initialization_method="estimated"`), within statsmodels' and
/// R's bounds: 10⁻⁴ ≤ α ≤ 1 − 10⁻⁴, 10⁻⁴ ≤ β/α ≤ 1 − 10⁻⁴, 10⁻⁴ ≤ γ/(1 − α) ≤ 1 − 10⁻⁴ and
/// 0.8 ≤ φ ≤ 0.98.
///
/// The search runs in standardised units and in the coordinates v = [α, β/α, γ/(1 − α), φ]
/// (those the form has), which turn the bounds into a box:
/// - no or an additive season: the one-step errors are affine in the initial states for fixed
///   v, so the states are solved for by least squares at every v (`concentrated`) and the box
///   search runs over v alone, from the best four points of a small grid (`multiStart`);
/// - multiplicative season: v and the states are searched together (`ETSEstimator+Joint`),
///   starting from the fit with an additive season converted to seasonal factors.
/// Gradients are central differences. The initial seasons are normalised (additive: sum 0;
/// multiplicative: mean 1), which fixes the one degree of freedom the likelihood does not see.
struct ETSEstimator {
    let form: ETSForm
    /// The seasonal period (ignored without a season).
    let period: Int

    static let bound = 1e-4
    static let phiBounds = (0.8, 0.98)

    var m: Int { form.hasSeason ? period : 0 }

    /// The box of v.
    var lower: [Double] {
        var out = [Self.bound]
        if form.hasTrend { out.append(Self.bound) }
        if form.hasSeason { out.append(Self.bound) }
        if form.trend == .damped { out.append(Self.phiBounds.0) }
        return out
    }

    var upper: [Double] {
        var out = [1 - Self.bound]
        if form.hasTrend { out.append(1 - Self.bound) }
        if form.hasSeason { out.append(1 - Self.bound) }
        if form.trend == .damped { out.append(Self.phiBounds.1) }
        return out
    }

    /// Smoothing parameters at v, with the given initial states.
    func parameters(_ v: [Double], level: Double, trend: Double, seasons: [Double]) -> ETSParameters {
        var i = 1
        let alpha = v[0]
        var p = ETSParameters(alpha: alpha, level: level, trend: trend, seasons: seasons)
        if form.hasTrend {
            p.beta = alpha * v[i]
            i += 1
        }
        if form.hasSeason {
            p.gamma = (1 - alpha) * v[i]
            i += 1
        }
        if form.trend == .damped { p.phi = v[i] }
        return p
    }

    /// The grid the search starts from.
    var grid: [[Double]] {
        var points: [[Double]] = [[]]
        func extend(_ values: [Double]) { points = points.flatMap { p in values.map { p + [$0] } } }
        extend([0.1, 0.5, 0.9])
        if form.hasTrend { extend([0.05, 0.5]) }
        if form.hasSeason { extend([0.1, 0.5]) }
        if form.trend == .damped { extend([0.8, 0.9, 0.98]) }
        return points
    }

    func fit(_ y: [Double]) throws -> ETSFit {
        let method = form.description
        let minimum = max(form.hasSeason ? 2 * period + 2 : 4, form.parameterCount(period: period) + 2)
        try Check.series(y, minimum: minimum, method: method)
        try Check.notConstant(y, method: method)
        if form.hasSeason, period < 2 {
            throw StatsError.invalidParameter(name: "seasonal_period", reason: "must be at least 2, got \(period)")
        }
        if form.season == .multiplicative {
            guard y.allSatisfy({ $0 > 0 }) else {
                throw StatsError.invalidParameter(
                    name: "seasonality", reason: "multiplicative needs every value above 0")
            }
            return try fitJoint(y)
        }
        let centre = y.reduce(0, +) / Double(y.count)
        let scale = Self.spread(y, around: centre)
        let z = y.map { ($0 - centre) / scale }
        guard let (v, states, converged) = searchConcentrated(z) else {
            throw StatsError.notConverged(method: method)
        }
        var p = parameters(v, level: centre + scale * states.level, trend: scale * states.trend, seasons: [])
        p.seasons = states.seasons.map { $0 * scale }
        return ETSFit(form: form, period: period, parameters: p, y: y, converged: converged)
    }

    /// The root mean square deviation from `centre` (at least 10⁻¹²).
    static func spread(_ y: [Double], around centre: Double) -> Double {
        max((y.reduce(0) { $0 + ($1 - centre) * ($1 - centre) } / Double(y.count)).squareRoot(), 1e-12)
    }

    /// Central-difference gradient inside the box (one-sided at a bound).
    static func gradient(
        _ f: ([Double]) -> Double, at x: [Double], lower: [Double], upper: [Double]
    ) -> [Double] {
        x.indices.map { i in
            let h = 1e-6 * max(1, abs(x[i]))
            var plus = x, minus = x
            plus[i] = min(x[i] + h, upper[i])
            minus[i] = max(x[i] - h, lower[i])
            let width = plus[i] - minus[i]
            guard width > 0 else { return 0 }
            let g = (f(plus) - f(minus)) / width
            return g.isFinite ? g : 0
        }
    }

    /// Box BFGS from each of the `tries` best starting points for 40 iterations; the two best
    /// runs go on to convergence and the lower wins. (Runs that start on a plateau — a smoothing
    /// parameter at a bound with the states barely identified — crawl for hundreds of iterations
    /// without catching up, so they are not run to the end.)
    static func multiStart(
        _ f: ([Double]) -> Double, starts: [[Double]], lower: [Double], upper: [Double], tries: Int = 4
    ) -> Minimum? {
        func minimise(from start: [Double], iterations: Int) -> Minimum {
            Minimizer.boxBFGS(
                f, gradient: { x, _ in gradient(f, at: x, lower: lower, upper: upper) }, start: start,
                lower: lower, upper: upper, gradientTolerance: 1e-7, maxIterations: iterations)
        }
        let ranked = starts.map { ($0, f($0)) }.filter { $0.1.isFinite }.sorted { $0.1 < $1.1 }.prefix(tries)
        let explored = ranked.map { minimise(from: $0.0, iterations: 40) }.filter { $0.value.isFinite }
        var best: Minimum?
        for run in explored.sorted(by: { $0.value < $1.value }).prefix(2) {
            var found = run
            if !found.converged {
                let full = minimise(from: found.x, iterations: 500)
                if full.value <= found.value { found = full }
            }
            if best == nil || found.value < best!.value { best = found }
        }
        return best
    }
}
