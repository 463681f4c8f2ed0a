import Foundation

/// Chooses among candidate models — automatic (S)ARIMA and exponential smoothing — by how well
/// each forecasts the end of the series it has not seen, then refits the winner to all of it.
///
/// The holdout is the last season (s values) when there is one, else the last fifth of the
/// series (at least 1 value); each candidate is fitted to the values before it and scored by the
/// mean absolute error of its forecast of the holdout. Candidates that cannot be fitted to the
/// shortened series are skipped (named in the notes). When fewer than 8 values would be left to
/// fit, there is no holdout and the first candidate that fits is used. Information criteria are
/// not compared: ARIMA's likelihood is of the differenced series and is not comparable with the
/// smoothing models' squared errors.
public struct AutoForecastModel: ForecastModel {
    public var candidates: [any ForecastModel]
    /// The seasonal period (nil: none), which sets the holdout length.
    public var season: Int?
    public var name: String { "auto" }

    public init(candidates: [any ForecastModel], season: Int?) {
        self.candidates = candidates
        self.season = season
    }

    /// The holdout length for a series of `n` values (0: too short for one).
    func holdout(_ n: Int) -> Int {
        let h = season ?? max(1, n / 5)
        return n - h >= 8 ? h : 0
    }

    public func forecast(_ series: [Double], periods: Int, confidence: Double) throws -> Forecast {
        try check(periods: periods, confidence: confidence)
        let h = holdout(series.count)
        var scores: [(index: Int, model: String, error: Double)] = [], skipped: [String] = []
        if h > 0 {
            let train = Array(series.dropLast(h)), test = series.suffix(h)
            for (i, candidate) in candidates.enumerated() {
                do {
                    let f = try candidate.forecast(train, periods: h, confidence: confidence)
                    let error = zip(f.points, test).map { abs($0.mean - $1) }.reduce(0, +) / Double(h)
                    if error.isFinite { scores.append((i, f.model, error)) }
                } catch {
                    skipped.append("\(candidate.name) (\(error))")
                }
            }
        }
        let ranked = scores.sorted { $0.error < $1.error }
        let order = ranked.map(\.index) + candidates.indices.filter { i in !ranked.contains { $0.index == i } }
        var lastError: (any Error)?
        for i in order {
            do {
                var f = try candidates[i].forecast(series, periods: periods, confidence: confidence)
                f.notes.insert(choice(f.model, ranked: ranked, holdout: h, skipped: skipped), at: 0)
                return f
            } catch {
                lastError = error
            }
        }
        throw lastError ?? StatsError.notConverged(method: "automatic model choice")
    }

    /// The sentence explaining the choice.
    func choice(
        _ model: String, ranked: [(index: Int, model: String, error: Double)], holdout h: Int, skipped: [String]
    )
        -> String
    {
        guard h > 0, !ranked.isEmpty else {
            return "Model \(model): the series is too short to hold out values for a comparison of models."
        }
        let span = h == season ? "the last season (\(h) values)" : "the last \(h) value\(h == 1 ? "" : "s")"
        let list = ranked.map { "\($0.model) \(StatText.number($0.error))" }.joined(separator: ", ")
        var text =
            "Model \(model): the lowest mean absolute error forecasting \(span) from the values before it (\(list))"
        if !skipped.isEmpty { text += "; not comparable: " + skipped.joined(separator: "; ") }
        return text + "."
    }
}
