import Foundation

/// Fits a (seasonal) ARIMA model by exact Gaussian maximum likelihood.
///
/// The series is differenced by δ(B) = (1 − B)^d (1 − Bˢ)^D; the differenced series w (minus a
/// mean μ when `includeMean`: the constant for d + D = 0, the drift otherwise) is a stationary
/// ARMA with AR polynomial (1 − Σφ_iBⁱ)(1 − ΣΦ_jB^{sj}) and MA polynomial
/// (1 + Σθ_iBⁱ)(1 + ΣΘ_jB^{sj}). Its exact likelihood comes from `ARMAKalmanFilter`; this equals
/// statsmodels' SARIMAX likelihood with diffuse differencing states. Stationarity and
/// invertibility are enforced by `StationaryTransform` on each of the four polynomials; the
/// unconstrained parameters are found by BFGS from several starts — the conditional-sum-of-squares
/// estimate (`cssEstimate`, R's CSS-ML), white noise, and fixed mild and persistent values — and
/// every distinct optimum is kept; `choose` picks one (the best, unless it is at the edge, see
/// `ARIMAEdge`).
struct ARIMAEstimator {
    let order: ARIMAOrder
    let includeMean: Bool
    /// How many starts are taken to an optimum (`Protocol`).
    var effort: Effort = .full

    /// `.full`: every start explored, the promising ones run to convergence (`localOptima`);
    /// `.starts`: BFGS to convergence from the Hannan–Rissanen, CSS and white-noise starts;
    /// `.quick`: BFGS only from whichever of those three has the highest likelihood (the
    /// automatic search, which refits its choice with `.starts`).
    enum Effort: Sendable { case full, starts, quick }

    init(order: ARIMAOrder, includeMean: Bool, effort: Effort = .full) {
        self.order = order
        self.includeMean = includeMean
        self.effort = effort
    }

    var armaCount: Int { order.p + order.q + order.seasonalP + order.seasonalQ }

    func fit(_ y: [Double]) throws -> ARIMAFit {
        try order.validate()
        let method = order.description
        try Check.series(y, minimum: 3, method: method)
        try Check.notConstant(y, method: method)
        let delta = Polynomial.differencing(d: order.d, seasonalD: order.seasonalD, period: order.period)
        let w = Polynomial.apply(delta, to: y)
        let k = armaCount + (includeMean ? 1 : 0) + 1
        let needed = max(
            k + 3, 2 * max(order.p + order.seasonalP * order.period, order.q + order.seasonalQ * order.period) / 3)
        guard w.count >= needed else {
            throw StatsError.tooShort(method: method, needed: needed + delta.count - 1, got: y.count)
        }
        let centre = includeMean ? w.reduce(0, +) / Double(w.count) : 0
        var spread = 0.0
        for v in w { spread += (v - centre) * (v - centre) }
        spread = max((spread / Double(w.count)).squareRoot(), 1e-8)
        if spread <= 1e-8 && !includeMean && w.allSatisfy({ $0 == 0 }) {
            throw StatsError.constantSeries(method: method)
        }

        let objective: ([Double]) -> Double = { u in
            let model = self.model(u, centre: centre, spread: spread)
            guard let state = model.filter.run(w, mean: model.mean) else { return .infinity }
            return -state.logLikelihood / Double(w.count)
        }
        let dimension = armaCount + (includeMean ? 1 : 0)
        let css = cssEstimate(w, centre: centre, spread: spread)
        let hr = hannanRissanen(w, centre: centre)
        let few = [hr, css, [Double](repeating: 0, count: dimension)]
        let optima: [Minimum]
        switch effort {
        case .full: optima = localOptima(objective, starts: starts(dimension, css: [hr, css]), scale: Double(w.count))
        case .starts: optima = quickOptima(objective, starts: few)
        case .quick:
            let best = few.compactMap { $0 }.min { objective($0) < objective($1) }
            optima = quickOptima(objective, starts: [best])
        }
        let choice = ARIMAEstimator.choose(
            optima.map { m in
                let decoded = self.model(m.x, centre: centre, spread: spread)
                return (
                    m,
                    ARIMAEdge.reason(ar: decoded.ar, ma: decoded.ma, seasonalAR: decoded.sar, seasonalMA: decoded.sma)
                )
            }, scale: Double(w.count))
        guard let found = choice?.chosen else { throw StatsError.notConverged(method: method) }
        let model = self.model(found.x, centre: centre, spread: spread)
        guard let state = model.filter.run(w, mean: model.mean) else { throw StatsError.notConverged(method: method) }
        var fit = ARIMAFit(
            order: order, includeMean: includeMean, mean: model.mean, ar: model.ar, ma: model.ma,
            seasonalAR: model.sar, seasonalMA: model.sma, filter: model.filter, state: state,
            y: y, delta: delta, parameterCount: k, converged: found.converged)
        fit.setAside = choice?.setAside
        fit.bestLogLikelihood = max(state.logLikelihood, -(optima.map(\.value).min() ?? .infinity) * Double(w.count))
        return fit
    }

    /// BFGS from every start for a few iterations; every run within 3 log-likelihood units of
    /// the best is then taken to convergence (and restarted once with a fresh Hessian), and
    /// runs that end at the same point are merged. Returns the distinct optima, best first.
    func localOptima(_ objective: ([Double]) -> Double, starts: [[Double]], scale: Double) -> [Minimum] {
        var explored: [Minimum] = []
        for start in starts {
            let m = Minimizer.bfgs(objective, start: start, maxIterations: 15)
            if m.value.isFinite { explored.append(m) }
        }
        guard let bestValue = explored.map(\.value).min() else { return [] }
        guard !(starts.first?.isEmpty ?? true) else { return explored }
        var optima: [Minimum] = []
        for m in explored.sorted(by: { $0.value < $1.value }) where (m.value - bestValue) * scale < 3 {
            var current = m
            if !current.converged {
                let full = Minimizer.bfgs(objective, start: current.x)
                if full.value <= current.value { current = full }
            }
            let polish = Minimizer.bfgs(objective, start: current.x)
            if polish.value <= current.value {
                current = Minimum(
                    x: polish.x, value: polish.value, converged: polish.converged || current.converged,
                    iterations: current.iterations + polish.iterations)
            }
            let duplicate = optima.contains { o in
                abs(o.value - current.value) * scale < 1e-3
                    && zip(o.x, current.x).allSatisfy { abs($0 - $1) < 1e-2 * max(1, abs($0)) }
            }
            if !duplicate { optima.append(current) }
        }
        return optima.sorted { $0.value < $1.value }
    }

    /// One BFGS run from each distinct start, to convergence.
    func quickOptima(_ objective: ([Double]) -> Double, starts: [[Double]?]) -> [Minimum] {
        var seen: [[Double]] = [], optima: [Minimum] = []
        for case let start? in starts where !seen.contains(start) {
            seen.append(start)
            let m = Minimizer.bfgs(objective, start: start, maxIterations: 100)
            if m.value.isFinite { optima.append(m) }
        }
        return optima.sorted { $0.value < $1.value }
    }

    /// The optimum to use: the best, unless it is at the edge (`ARIMAEdge`) and an interior
    /// optimum is within `ARIMAEdge.comparableLogLikelihood` of it; then the best interior one,
    /// with a sentence about the one set aside.
    static func choose(_ optima: [(Minimum, String?)], scale: Double) -> (chosen: Minimum, setAside: String?)? {
        guard let best = optima.min(by: { $0.0.value < $1.0.value }) else { return nil }
        guard let reason = best.1 else { return (best.0, nil) }
        let interior = optima.filter { $0.1 == nil }.min { $0.0.value < $1.0.value }
        guard let alternative = interior,
            (alternative.0.value - best.0.value) * scale <= ARIMAEdge.comparableLogLikelihood
        else { return (best.0, nil) }
        let gap = (alternative.0.value - best.0.value) * scale
        return (
            alternative.0,
            "An optimum at the edge of the admissible region (\(reason)) with a log-likelihood \(ARIMAEdge.format(gap)) higher was set aside for an interior one (within \(ARIMAEdge.comparableLogLikelihood))."
        )
    }

    /// Starting points: the Hannan–Rissanen and conditional-sum-of-squares estimates (when there are any), all zeros
    /// (white noise), then mild positive and negative dependence and persistent AR starts.
    func starts(_ n: Int, css estimates: [[Double]?] = []) -> [[Double]] {
        guard n > 0 else { return [[]] }
        var starts = estimates.compactMap { $0 }.filter { $0.count == n }
        starts.append([Double](repeating: 0, count: n))
        guard armaCount > 0 else { return starts }
        for value in [0.5, -0.5] {
            var s = [Double](repeating: value, count: n)
            if includeMean { s[0] = 0 }
            starts.append(s)
        }
        // Persistent starts for near-unit-root series: φ₁ ≈ 0.95, and (p ≥ 2) φ ≈ (1.9, −0.94).
        let first = includeMean ? 1 : 0
        if order.p > 0 {
            var s = [Double](repeating: 0, count: n)
            s[first] = -3
            starts.append(s)
        }
        if order.p > 1 {
            var s = [Double](repeating: 0, count: n)
            s[first] = -8
            s[first + 1] = 2.7
            starts.append(s)
        }
        return starts
    }

    struct Model {
        var mean: Double
        var ar: [Double]
        var ma: [Double]
        var sar: [Double]
        var sma: [Double]
        var filter: ARMAKalmanFilter
        /// The expanded lag coefficients: w_t = Σ arLags_i w_{t−i} + ε_t + Σ maLags_j ε_{t−j}.
        var arLags: [Double]
        var maLags: [Double]
    }

    /// Decodes unconstrained parameters [μ?, ar…, ma…, sar…, sma…].
    func model(_ u: [Double], centre: Double, spread: Double) -> Model {
        var i = 0
        var mean = 0.0
        if includeMean {
            mean = centre + spread * u[0]
            i = 1
        }
        func take(_ n: Int) -> [Double] { defer { i += n }; return StationaryTransform.constrain(u[i..<(i + n)]) }
        let ar = take(order.p)
        let ma = take(order.q).map { -$0 }
        let sar = take(order.seasonalP)
        let sma = take(order.seasonalQ).map { -$0 }
        let s = max(order.period, 1)
        // Without a seasonal part the lag polynomials are the coefficients themselves.
        var arLags = ar, maLags = ma
        if !sar.isEmpty {
            let arPoly = Polynomial.multiply([1] + ar.map { -$0 }, Polynomial.seasonal(sar, sign: -1, period: s))
            arLags = arPoly.dropFirst().map { -$0 }
        }
        if !sma.isEmpty {
            maLags = Array(Polynomial.multiply([1] + ma, Polynomial.seasonal(sma, sign: 1, period: s)).dropFirst())
        }
        let filter = ARMAKalmanFilter(ar: arLags, ma: maLags)
        return Model(
            mean: mean, ar: ar, ma: ma, sar: sar, sma: sma, filter: filter, arLags: arLags, maLags: maLags)
    }
}
