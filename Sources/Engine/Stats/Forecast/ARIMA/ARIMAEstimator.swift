import Foundation

/// Fits a (seasonal) ARIMA model by exact Gaussian maximum likelihood.
///
/// The series is differenced by δ(B) = (1 − B)^d (1 − Bˢ)^D; the differenced series w (minus a
/// mean μ when `includeMean`: the constant for d + D = 0, the drift otherwise) is a stationary
/// ARMA with AR polynomial (1 − Σφ_iBⁱ)(1 − ΣΦ_jB^{sj}) and MA polynomial
/// (1 + Σθ_iBⁱ)(1 + ΣΘ_jB^{sj}). Its exact likelihood comes from `ARMAKalmanFilter`; this equals
/// statsmodels' SARIMAX likelihood with diffuse differencing states. Stationarity and
/// invertibility are enforced by `StationaryTransform` on each of the four polynomials; the
/// unconstrained parameters are found by BFGS from several starts (the best is kept).
struct ARIMAEstimator {
    let order: ARIMAOrder
    let includeMean: Bool

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
        var best: Minimum?
        let dimension = armaCount + (includeMean ? 1 : 0)
        // Multi-start: a short exploratory run from every start, then the best one to the end.
        for start in starts(dimension) {
            let m = Minimizer.bfgs(objective, start: start, maxIterations: 12)
            if m.value.isFinite, best == nil || m.value < best!.value - 1e-10 { best = m }
        }
        if let m = best, dimension > 0, !m.converged {
            let full = Minimizer.bfgs(objective, start: m.x)
            if full.value <= m.value { best = full }
        }
        // Restart from the best point with a fresh Hessian approximation.
        if let m = best, dimension > 0 {
            let polish = Minimizer.bfgs(objective, start: m.x)
            if polish.value <= m.value {
                best = Minimum(
                    x: polish.x, value: polish.value, converged: polish.converged || m.converged,
                    iterations: m.iterations + polish.iterations)
            }
        }
        guard let found = best else { throw StatsError.notConverged(method: method) }
        let model = self.model(found.x, centre: centre, spread: spread)
        guard let state = model.filter.run(w, mean: model.mean) else { throw StatsError.notConverged(method: method) }
        return ARIMAFit(
            order: order, includeMean: includeMean, mean: model.mean, ar: model.ar, ma: model.ma,
            seasonalAR: model.sar, seasonalMA: model.sma, filter: model.filter, state: state,
            y: y, delta: delta, parameterCount: k, converged: found.converged)
    }

    /// Starting points: all zeros (white noise), then mild positive and negative dependence.
    func starts(_ n: Int) -> [[Double]] {
        guard n > 0 else { return [[]] }
        var starts = [[Double](repeating: 0, count: n)]
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
        return Model(mean: mean, ar: ar, ma: ma, sar: sar, sma: sma, filter: filter)
    }
}
