/// The mean of the last w values, carried forward flat. Its interval uses the spread of the
/// in-sample one-step errors e_t = y_t − mean(y_{t−w}…y_{t−1}): ŷ ± z_{(1+c)/2}·√(Σe²/k)
/// (k errors), the same width for every step — a naive rule, stated as such.
struct MovingAverageModel: ForecastModel {
    var window: Int
    var name: String { "moving-average" }

    init(window: Int) { self.window = window }

    func forecast(_ series: [Double], periods: Int, confidence: Double) throws -> Forecast {
        try check(periods: periods, confidence: confidence)
        guard window >= 1 else {
            throw StatsError.invalidParameter(name: "window", reason: "must be at least 1, got \(window)")
        }
        try Check.series(series, minimum: window + 2, method: "moving-average forecast")
        let mean = series.suffix(window).reduce(0, +) / Double(window)
        var sum = 0.0
        for t in window..<series.count {
            let e = series[t] - series[(t - window)..<t].reduce(0, +) / Double(window)
            sum += e * e
        }
        let rmse = (sum / Double(series.count - window)).squareRoot()
        let half = Normal.quantile((1 + confidence) / 2) * rmse
        let points = Array(
            repeating: Forecast.Point(mean: mean, lower: mean - half, upper: mean + half), count: periods)
        return Forecast(
            model: name, order: nil, seasonalOrder: nil, aic: nil, nObs: series.count,
            params: ["window": Double(window), "rmse": rmse], confidence: confidence, points: points, converged: true,
            notes: ["Mean of the last \(window) values carried forward."])
    }
}
