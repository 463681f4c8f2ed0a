/// Exponential smoothing in state-space form with additive errors — the ETS family
/// `ETS(A, N|A|Ad, N|A|M)` — fitted by maximum likelihood (`ETSEstimator`), with analytic or
/// simulated prediction intervals (`ETSFit.forecast`).
///
/// A component left nil is chosen as R's `ets` does: every form it allows is fitted and the
/// lowest AICc wins. Seasonal forms need a period and two full seasons plus two values;
/// multiplicative seasons need every value above 0.
struct ETSModel: ForecastModel {
    /// The trend (nil: chosen by AICc among none, additive and damped).
    var trend: ETSForm.Trend?
    /// The season (nil: chosen by AICc among those the data allows).
    var season: ETSForm.Season?
    /// The seasonal period (0: none).
    var period: Int
    var name: String { "ets" }

    init(trend: ETSForm.Trend? = nil, season: ETSForm.Season? = nil, period: Int = 0) {
        self.trend = trend
        self.season = season
        self.period = period
    }

    /// The forms to fit to `y`.
    func forms(for y: [Double]) throws -> [ETSForm] {
        let seasonal = period >= 2 && y.count >= 2 * period + 2
        if let season, season != .none, period < 2 {
            throw StatsError.invalidParameter(
                name: "seasonality", reason: "\(season.rawValue) needs a seasonal period of at least 2")
        }
        let positive = y.allSatisfy { $0 > 0 }
        let seasons =
            season.map { [$0] }
            ?? (seasonal ? (positive ? ETSForm.Season.allCases : [.none, .additive]) : [.none])
        let trends = trend.map { [$0] } ?? ETSForm.Trend.allCases
        return seasons.flatMap { s in trends.map { ETSForm(trend: $0, season: s) } }
    }

    func forecast(_ series: [Double], periods: Int, confidence: Double) throws -> Forecast {
        try check(periods: periods, confidence: confidence)
        let (fit, choice) = try select(series)
        var notes = choice + [describe(fit, periods: periods)]
        if !fit.converged { notes.append("The optimizer did not fully converge; the best parameters found are used.") }
        var params = fit.parameters.named(fit.form)
        params["sse"] = fit.sse
        params["aicc"] = fit.aicc
        return Forecast(
            model: name, order: nil, seasonalOrder: nil, aic: fit.aic, nObs: series.count, params: params,
            confidence: confidence, points: fit.forecast(periods: periods, confidence: confidence),
            converged: fit.converged, notes: notes, form: fit.form.description)
    }

    /// The fit of the one form asked for, or the lowest-AICc fit with the sentence explaining it.
    func select(_ y: [Double]) throws -> (ETSFit, [String]) {
        let forms = try forms(for: y)
        if forms.count == 1 { return (try ETSEstimator(form: forms[0], period: period).fit(y), []) }
        var fits: [ETSFit] = [], skipped: [String] = [], lastError: (any Error)?
        for form in forms {
            do {
                let fit = try ETSEstimator(form: form, period: period).fit(y)
                if fit.aicc.isFinite { fits.append(fit) } else { skipped.append("\(form): too few values for AICc") }
            } catch {
                lastError = error
                skipped.append("\(form): \(error)")
            }
        }
        fits.sort { $0.aicc < $1.aicc }
        guard let best = fits.first else { throw lastError ?? StatsError.notConverged(method: "ETS") }
        var text =
            "\(best.form): lowest AICc \(Self.number(best.aicc)) among \(fits.count) fitted ETS forms (\(fits.map { $0.form.description }.joined(separator: ", ")))"
        if fits.count > 1 {
            let second = fits[1]
            text +=
                "; runner-up \(second.form) with AICc \(Self.number(second.aicc)) (Δ \(Self.number(second.aicc - best.aicc)))"
        }
        var out = [text + "."]
        if !skipped.isEmpty { out.append("Not fitted: " + skipped.joined(separator: "; ") + ".") }
        return (best, out)
    }

    /// What was fitted, with its parameters and how the intervals were computed.
    func describe(_ fit: ETSFit, periods: Int) -> String {
        let p = fit.parameters, form = fit.form
        var values = ["α = \(StatText.coefficient(p.alpha))"]
        if form.hasTrend { values.append("β = \(StatText.coefficient(p.beta))") }
        if form.hasSeason { values.append("γ = \(StatText.coefficient(p.gamma))") }
        if form.trend == .damped { values.append("φ = \(StatText.coefficient(p.phi))") }
        let trendText = ["none": "no trend", "additive": "an additive trend", "damped": "a damped additive trend"][
            form.trend.rawValue]!
        let seasonText =
            form.hasSeason
            ? "\(form.season == .additive ? "an additive" : "a multiplicative") season of period \(fit.period)"
            : "no season"
        let intervals =
            form.season == .multiplicative
            ? "the intervals are quantiles of \(ETSFit.simulatedPaths(periods: periods)) simulated paths (seeded, so repeatable)"
            : "the intervals are analytic"
        return
            "\(form): exponential smoothing with additive errors, \(trendText) and \(seasonText), fitted by maximum likelihood (\(values.joined(separator: ", "))); \(intervals)."
    }

    static func number(_ v: Double) -> String { NumberText.grouped(v, decimals: 1, trim: false, group: false) }
}
