/// ARIMA(p,d,q) or seasonal ARIMA(p,d,q)(P,D,Q)s by exact maximum likelihood
/// (see `ARIMAEstimator`), matching statsmodels' `ARIMA`: a constant is estimated when
/// d + D = 0; with differencing there is none unless `drift` is set (then the mean of the
/// differenced series is estimated).
struct ARIMAModel: ForecastModel {
    var order: ARIMAOrder
    var drift: Bool
    var name: String { order.isSeasonal ? "sarima" : "arima" }

    init(order: ARIMAOrder, drift: Bool = false) {
        self.order = order
        self.drift = drift
    }

    var includeMean: Bool { order.d + order.seasonalD == 0 || drift }

    func forecast(_ series: [Double], periods: Int, confidence: Double) throws -> Forecast {
        try check(periods: periods, confidence: confidence)
        let fit = try ARIMAEstimator(order: order, includeMean: includeMean).fit(series)
        var notes = ["Fitted \(order) by exact maximum likelihood (Kalman filter) on \(series.count) values."]
        if !fit.converged { notes.append("The optimizer did not fully converge; the best parameters found are used.") }
        if let setAside = fit.setAside { notes.append(setAside) }
        return fit.report(model: name, periods: periods, confidence: confidence, notes: notes)
    }
}

extension ARIMAFit {
    func report(model: String, periods: Int, confidence: Double, notes: [String]) -> Forecast {
        Forecast(
            model: model, order: [order.p, order.d, order.q],
            seasonalOrder: order.isSeasonal ? [order.seasonalP, order.seasonalD, order.seasonalQ, order.period] : nil,
            aic: aic, nObs: y.count, params: params, confidence: confidence,
            points: forecast(periods: periods, confidence: confidence), converged: converged, notes: notes)
    }
}
