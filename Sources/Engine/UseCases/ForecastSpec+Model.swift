import Foundation

extension ForecastSpec {
    /// The model the spec asks for on `series`, with the season from `seasonalPeriod` or the
    /// spacing (12 monthly, 4 quarterly, 7 daily, 52 weekly; none yearly):
    /// - `arima` without orders: the automatic search (`AutoARIMAModel`), seasonal when there is
    ///   a season and at least two seasons and one value of data;
    /// - `sarima`, or `arima` with a seasonal order: order (0,1,1) and seasonal order (0,1,1,s)
    ///   unless given;
    /// - `ets`: `ETSModel` with the trend and seasonality given, the others chosen by AICc
    ///   (additive or multiplicative seasonality needs a season);
    /// - `holt-winters`: additive, with the season; `auto`: `AutoForecastModel` over automatic
    ///   (S)ARIMA and automatic ETS (the whole family, with the season when there is one).
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
        case .ets:
            if let seasonality, seasonality != .none, season == nil { throw needSeason(.seasonality) }
            return ETSModel(trend: trend, season: seasonality, period: season ?? 0)
        case .auto:
            return AutoForecastModel(
                candidates: [AutoARIMAModel(period: season ?? 0), ETSModel(period: season ?? 0)], season: season)
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
        var logged = transform == .log
        var choice: String?
        if transform == .auto {
            let rule = LogTransformRule(series.values, period: seasonalPeriod ?? series.defaultSeasonalPeriod)
            logged = rule?.prefersLog ?? false
            choice = Self.transformChoice(rule, logged: logged)
        }
        if logged, let low = series.values.min(), low <= 0 {
            throw ForecastSpecError(.transform, "log needs every value above 0; the smallest is \(low)")
        }
        let values = logged ? series.values.map { Foundation.log($0) } : series.values
        if model is ETSModel, seasonality == .multiplicative, let low = values.min(), low <= 0 {
            throw ForecastSpecError(
                .seasonality,
                "multiplicative needs every value above 0\(logged ? " after the log transform" : ""); the smallest is \(low)"
            )
        }
        var fitted = try model.forecast(values, periods: periods, confidence: confidence)
        if logged {
            fitted.points = fitted.points.map { .init(mean: exp($0.mean), lower: exp($0.lower), upper: exp($0.upper)) }
            fitted.notes.insert(
                "Fitted to the logarithm of the values and transformed back with exp: the forecast is the median, the intervals keep their coverage\(fitted.aic == nil ? "" : ", and the AIC is of the logged series").",
                at: 0)
        }
        if let choice { fitted.notes.insert(choice, at: 0) }
        return ForecastReport(series: series, forecast: fitted, name: name)
    }

    /// The sentence explaining what `transform: auto` chose.
    static func transformChoice(_ rule: LogTransformRule?, logged: Bool) -> String {
        guard let rule else {
            return
                "Transform auto: none, because the log needs every value above 0 and at least two seasons (or two pairs) of data."
        }
        let numbers =
            "the spread of blocks of \(rule.period) values relative to their level varies by \(StatText.coefficient(rule.variationLog)) (coefficient of variation) against \(StatText.coefficient(rule.variationNone)) for the spread itself"
        return logged
            ? "Transform auto: log (Guerrero's rule), because \(numbers): the swings grow with the level."
            : "Transform auto: none (Guerrero's rule), because \(numbers): the swings do not grow with the level."
    }
}
