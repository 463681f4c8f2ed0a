import Foundation

extension ForecastSpec {
    /// The model the spec asks for on `series`, with the season from `seasonalPeriod` or the
    /// spacing (12 monthly, 4 quarterly, 7 daily, 52 weekly; none yearly):
    /// - `arima` without orders: the automatic search (`AutoARIMAModel`), seasonal when there is
    ///   a season and at least two seasons and one value of data;
    /// - `sarima`, or `arima` with a seasonal order: order (0,1,1) and seasonal order (0,1,1,s)
    ///   unless given;
    /// - `holt-winters`: additive, with the season; `auto`: `AutoForecastModel` over automatic
    ///   (S)ARIMA, Holt-Winters (with a season) and Holt.
    func forecaster(for series: PreparedSeries) throws -> any ForecastModel {
        let season = seasonalPeriod ?? series.defaultSeasonalPeriod
        func needSeason(_ field: ForecastSpecError.Field) -> ForecastSpecError {
            ForecastSpecError(
                field, "is needed for \(model.rawValue) on \(series.frequencyName) data (it has no default season)")
        }
        switch model {
        case .holtWinters:
            guard let season else { throw needSeason(.seasonalPeriod) }
            return HoltWintersModel(period: season)
        case .holt: return HoltModel()
        case .linear: return LinearTrendModel()
        case .movingAverage: return MovingAverageModel(window: window)
        case .auto:
            var candidates: [any ForecastModel] = [AutoARIMAModel(period: season ?? 0)]
            if let season { candidates.append(HoltWintersModel(period: season)) }
            candidates.append(HoltModel())
            return AutoForecastModel(candidates: candidates, season: season)
        case .arima, .sarima:
            if model == .arima, order == nil, seasonalOrder == nil { return AutoARIMAModel(period: season ?? 0) }
            let o = order ?? [0, 1, 1]
            var s = seasonalOrder
            if s == nil, model == .sarima {
                guard let season else { throw needSeason(.seasonalOrder) }
                s = [0, 1, 1, season]
            }
            let arima = ARIMAOrder(
                p: o[0], d: o[1], q: o[2], seasonalP: s?[0] ?? 0, seasonalD: s?[1] ?? 0, seasonalQ: s?[2] ?? 0,
                period: s?[3] ?? 0)
            return ARIMAModel(order: arima, drift: drift)
        }
    }

    /// Validates the spec, fits its model to `series` and dates the forecast: the one path from a
    /// prepared series to a `ForecastReport` (`name`: the measure's name in the insights).
    func report(for series: PreparedSeries, name: String) throws -> ForecastReport {
        try validate()
        let model = try forecaster(for: series)
        guard transform == .log else {
            let fitted = try model.forecast(series.values, periods: periods, confidence: confidence)
            return ForecastReport(series: series, forecast: fitted, name: name)
        }
        guard let low = series.values.min(), low > 0 else {
            throw ForecastSpecError(
                .transform, "log needs every value above 0; the smallest is \(series.values.min() ?? 0)")
        }
        var fitted = try model.forecast(
            series.values.map { Foundation.log($0) }, periods: periods, confidence: confidence)
        fitted.points = fitted.points.map { .init(mean: exp($0.mean), lower: exp($0.lower), upper: exp($0.upper)) }
        fitted.notes.insert(
            "Fitted to the logarithm of the values and transformed back with exp: the forecast is the median, the intervals keep their coverage\(fitted.aic == nil ? "" : ", and the AIC is of the logged series").",
            at: 0)
        return ForecastReport(series: series, forecast: fitted, name: name)
    }
}
