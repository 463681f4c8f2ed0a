/// Holt's linear (additive trend, no season) exponential smoothing, fitted as
/// `AdditiveSmoother` documents (statsmodels `ExponentialSmoothing(trend='add').fit()`).
struct HoltModel: ForecastModel {
    var name: String { "holt" }

    init() {}

    func forecast(_ series: [Double], periods: Int, confidence: Double) throws -> Forecast {
        try check(periods: periods, confidence: confidence)
        let fit = try AdditiveSmoother(period: 0).fit(series)
        var notes = [
            "Holt's linear method; smoothing parameters and initial states minimise the squared one-step errors."
        ]
        if !fit.converged { notes.append("The optimizer did not fully converge; the best parameters found are used.") }
        return Forecast(
            model: name, order: nil, seasonalOrder: nil, aic: nil, nObs: series.count, params: fit.named,
            confidence: confidence, points: fit.forecast(periods: periods, confidence: confidence, period: 0),
            converged: fit.converged, notes: notes)
    }
}
