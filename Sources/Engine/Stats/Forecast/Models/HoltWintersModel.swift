/// Additive Holt-Winters (level, trend, season of period m), fitted as `AdditiveSmoother`
/// documents (statsmodels `ExponentialSmoothing(trend='add', seasonal='add').fit()`).
struct HoltWintersModel: ForecastModel {
    var period: Int
    var name: String { "holt-winters" }

    init(period: Int) { self.period = period }

    func forecast(_ series: [Double], periods: Int, confidence: Double) throws -> Forecast {
        try check(periods: periods, confidence: confidence)
        guard period >= 2 else {
            throw StatsError.invalidParameter(name: "seasonal_period", reason: "must be at least 2, got \(period)")
        }
        let fit = try AdditiveSmoother(period: period).fit(series)
        var notes = [
            "Additive Holt-Winters with period \(period); smoothing parameters and initial states minimise the squared one-step errors."
        ]
        if !fit.converged { notes.append("The optimizer did not fully converge; the best parameters found are used.") }
        return Forecast(
            model: name, order: nil, seasonalOrder: nil, aic: nil, nObs: series.count, params: fit.named,
            confidence: confidence, points: fit.forecast(periods: periods, confidence: confidence, period: period),
            converged: fit.converged, notes: notes)
    }
}
