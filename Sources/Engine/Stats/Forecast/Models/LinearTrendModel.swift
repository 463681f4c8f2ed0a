/// A straight line through time: OLS of y on t = 0…n−1 (`LinearRegression`), projected to
/// t = n−1+h with the OLS prediction interval ŷ ± t_{(1+c)/2, n−2}·s·√(1 + 1/n + (t − t̄)²/Sₜₜ).
struct LinearTrendModel: ForecastModel {
    var name: String { "linear" }

    init() {}

    func forecast(_ series: [Double], periods: Int, confidence: Double) throws -> Forecast {
        try check(periods: periods, confidence: confidence)
        try Check.series(series, minimum: 4, method: "linear-trend forecast")
        try Check.notConstant(series, method: "linear-trend forecast")
        let fit = try LinearRegression(series: series)
        let n = Double(series.count)
        let t = StudentT(df: n - 2).quantile((1 + confidence) / 2)
        let points = (1...periods).map { h -> Forecast.Point in
            let x = n - 1 + Double(h)
            let mean = fit.predict(x)
            let dx = x - fit.xMean
            let half = t * fit.residualStandardError * (1 + 1 / n + dx * dx / fit.sxx).squareRoot()
            return Forecast.Point(mean: mean, lower: mean - half, upper: mean + half)
        }
        let params = [
            "slope": fit.slope, "intercept": fit.intercept, "r_squared": fit.rSquared, "slope_p_value": fit.slopePValue,
        ]
        return Forecast(
            model: name, order: nil, seasonalOrder: nil, aic: nil, nObs: series.count, params: params,
            confidence: confidence, points: points, converged: true,
            notes: ["Least-squares line through the \(series.count) values, extended \(periods) steps."])
    }
}
