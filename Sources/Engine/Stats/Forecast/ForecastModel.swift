/// A forecasting method: fits itself to an evenly spaced series and projects it forward.
///
/// Implementations live one per file in `Forecast/Models/`: ARIMA/SARIMA, automatic ARIMA,
/// Holt-Winters additive, Holt's linear method, linear trend and moving average.
protocol ForecastModel: Sendable {
    /// The model family name used in reports (`arima`, `holt-winters`, …).
    var name: String { get }
    /// Fits the model to `series` and forecasts `periods` steps ahead with intervals at
    /// `confidence` (0 < confidence < 1, e.g. 0.95).
    func forecast(_ series: [Double], periods: Int, confidence: Double) throws -> Forecast
}

extension ForecastModel {
    /// Forecast with 95 % intervals.
    func forecast(_ series: [Double], periods: Int) throws -> Forecast {
        try forecast(series, periods: periods, confidence: 0.95)
    }

    /// Validates the shared arguments.
    func check(periods: Int, confidence: Double) throws {
        guard periods >= 1 else {
            throw StatsError.invalidParameter(name: "periods", reason: "must be at least 1, got \(periods)")
        }
        guard confidence > 0, confidence < 1 else {
            throw StatsError.invalidParameter(name: "confidence", reason: "must be between 0 and 1, got \(confidence)")
        }
    }
}
