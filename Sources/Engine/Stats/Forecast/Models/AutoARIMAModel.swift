/// ARIMA with the order chosen automatically; seasonal ARIMA when a seasonal period is given
/// (`AutoARIMAModel+Seasonal`).
///
/// Without a season: d is the smallest of 0, 1, 2 whose d-times differenced series passes the KPSS level
/// stationarity test at 5 % (2 if none does); then every (p, q) in {0, 1, 2}² is fitted by
/// maximum likelihood from its best start (constant only when d = 0), the best two are refitted
/// from every start, and the lowest AIC wins among the fits with
/// every AR and MA inverse root inside radius 0.99 (`ARIMAFit.hasNearUnitRoot`, the rule of R's
/// `auto.arima` and pmdarima). Candidates that fail to fit or sit on that edge are skipped and
/// named in the notes.
struct AutoARIMAModel: ForecastModel {
    var maxOrder: Int
    /// The seasonal period s (0: no seasonal part is searched).
    var period: Int
    var name: String { "arima" }

    init(maxOrder: Int = 2, period: Int = 0) {
        self.maxOrder = maxOrder
        self.period = period
    }

    /// The chosen order with its evidence.
    struct Selection: Sendable, Equatable, Codable {
        var order: ARIMAOrder
        /// KPSS statistic per tested d (0, 1, …).
        var kpss: [KPSS]
        /// The criterion of every candidate that could be fitted, keyed by "p,d,q" (AIC), or
        /// "p,d,q,P,D,Q" (AICc) with a season.
        var candidates: [String: Double]
        /// The seasonal strength that decided D (seasonal search only).
        var seasonalStrength: Double? = nil
        /// Candidates not eligible to win (failed to fit, or a root near the unit circle), with why.
        var skipped: [String]
        /// One-sentence reasons for d and for (p, q).
        var reasons: [String]
    }

    func forecast(_ series: [Double], periods: Int, confidence: Double) throws -> Forecast {
        try check(periods: periods, confidence: confidence)
        let (selection, fit) = try select(series)
        let model = fit.order.isSeasonal ? "sarima" : name
        var notes = selection.reasons
        if let setAside = fit.setAside { notes.append(setAside) }
        return fit.report(model: model, periods: periods, confidence: confidence, notes: notes)
    }

    /// Chooses d by KPSS, then (p, q) by AIC; returns the selection and the winning fit. With a
    /// period and enough data (`SeasonalStrength`), the seasonal search instead.
    func select(_ y: [Double]) throws -> (Selection, ARIMAFit) {
        try Check.series(y, minimum: 8, method: "automatic ARIMA")
        try Check.notConstant(y, method: "automatic ARIMA")
        if period >= 2, let strength = SeasonalStrength(y, period: period) {
            return try selectSeasonal(y, strength: strength)
        }
        let (d, tests) = Self.differencing(y, maximum: 2)
        var eligible: [ARIMAFit] = []
        var candidates: [String: Double] = [:], skipped: [String] = [], onEdge = 0
        for p in 0...maxOrder {
            for q in 0...maxOrder {
                let order = ARIMAOrder(p: p, d: d, q: q)
                do {
                    let fit = try ARIMAEstimator(order: order, includeMean: d == 0, effort: .quick).fit(y)
                    candidates["\(p),\(d),\(q)"] = fit.aic
                    if fit.hasNearUnitRoot {
                        skipped.append("\(order): an AR or MA root lies within 1 % of the unit circle")
                        onEdge += 1
                        continue
                    }
                    eligible.append(fit)
                } catch {
                    skipped.append("\(order): \(error)")
                }
            }
        }
        // The search fits from one start; the best candidates are refitted from every start until
        // two survive (a refit whose best optimum has a root on the edge is skipped, as a full
        // fit would be), and the lowest AIC wins.
        eligible.sort { $0.aic < $1.aic }
        var refined: [ARIMAFit] = [], next = 0
        while refined.count < 2, next < eligible.count {
            let quick = eligible[next]
            next += 1
            var chosen = quick
            if let refit = try? ARIMAEstimator(order: quick.order, includeMean: quick.includeMean).fit(y) {
                if refit.hasNearUnitRoot {
                    skipped.append("\(refit.order): an AR or MA root lies within 1 % of the unit circle")
                    candidates["\(refit.order.p),\(d),\(refit.order.q)"] = refit.aic
                    onEdge += 1
                    continue
                }
                if refit.aic < quick.aic { chosen = refit }
            }
            candidates["\(chosen.order.p),\(d),\(chosen.order.q)"] = chosen.aic
            refined.append(chosen)
        }
        let best = (refined + eligible[next...]).min { $0.aic < $1.aic }
        guard let fit = best else { throw StatsError.notConverged(method: "automatic ARIMA") }
        var reasons: [String] = []
        if let last = tests.last, last.isStationary {
            reasons.append(
                "d = \(d): the KPSS level-stationarity test passes after \(d) difference(s) (statistic \(rounded(last.statistic)) ≤ 0.463 at 5 %)."
            )
        } else {
            reasons.append(
                "d = 2: the KPSS test still rejects level stationarity after 2 differences; d is capped at 2.")
        }
        reasons.append(
            "(p, q) = (\(fit.order.p), \(fit.order.q)): lowest AIC \(rounded(fit.aic)) among \(candidates.count - onEdge) eligible fitted orders with p, q ≤ \(maxOrder)."
        )
        if !skipped.isEmpty { reasons.append("Skipped: " + skipped.joined(separator: "; ")) }
        return (
            Selection(order: fit.order, kpss: tests, candidates: candidates, skipped: skipped, reasons: reasons), fit
        )
    }

    /// The smallest d ≤ `maximum` whose d-times differenced series passes KPSS (`maximum` if none
    /// does), with the tests run.
    static func differencing(_ y: [Double], maximum: Int) -> (Int, [KPSS]) {
        var tests: [KPSS] = []
        var w = y
        for candidate in 0...maximum {
            if candidate > 0 { w = zip(w.dropFirst(), w).map { $0 - $1 } }
            guard w.count >= 3, let test = try? KPSS(w) else { break }
            tests.append(test)
            if test.isStationary { return (candidate, tests) }
        }
        return (maximum, tests)
    }

    /// The selection alone (order, tests and candidate AICs).
    func selectOrder(_ y: [Double]) throws -> Selection { try select(y).0 }

    func rounded(_ v: Double) -> String { StatText.number(v) }
}
