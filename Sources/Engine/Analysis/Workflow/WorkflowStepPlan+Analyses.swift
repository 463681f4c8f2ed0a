import Foundation

/// `aggregation`, `trend_analysis` and `anomaly_detection` (`forecasting`: `WorkflowStepPlan+Forecasting`).
extension WorkflowStepPlan {
    func aggregate(_ s: WorkflowSeries, grain: TimeGrain, function: Aggregate) throws -> (WorkflowSeries, JSONValue) {
        let observed = s.observed
        let table = QueryResult(
            columns: [.init(name: "date", type: .date), .init(name: "value", type: .decimal)],
            rows: observed.map { [.text($0.0), .real($0.1)] })
        let prepared: PreparedSeries
        do {
            prepared = try SeriesPreparation.prepare(table, x: "date", y: "value", grain: grain, aggregate: function)
        } catch let e as AnalysisError {
            throw AnalysisError("\(label): \(e.message)")
        }
        let next = WorkflowSeries(prepared: prepared, missing: Set(prepared.gaps), valueName: s.valueName)
        return (
            next,
            .object([
                "grain": .string(grain.rawValue), "function": .string(function.rawValue),
                "points": .number(Double(next.observed.count)), "missing_periods": .number(Double(next.missing.count)),
                "series": next.json,
            ])
        )
    }

    func trend(_ s: WorkflowSeries, method: String, window: Int, alpha: Double) throws -> JSONValue {
        let points = s.observed
        let values = points.map(\.1)
        let name = s.valueName
        func dated(_ v: [Double?]) -> JSONValue {
            .array(zip(points, v).map { .object(["date": .string($0.0), "value": $1.map(JSONValue.number) ?? .null]) })
        }
        switch method {
        case "moving_average":
            let ma = try MovingAverage.simple(values, window: window)
            let defined = ma.compactMap { $0 }
            var out: [String: JSONValue] = [
                "method": .string(method), "window_size": .number(Double(window)), "values": dated(ma),
            ]
            if let first = defined.first, let last = defined.last {
                out["insight"] = .string(
                    "The \(window)-period moving average of \(name) \(Self.move(first, last)) over \(points.count) periods."
                )
            }
            return .object(out)
        case "ewma":
            let e = try MovingAverage.exponential(values, alpha: alpha)
            var out: [String: JSONValue] = ["method": .string(method), "alpha": .number(alpha), "values": dated(e)]
            if let first = e.first, let last = e.last {
                out["insight"] = .string(
                    "The exponentially weighted average (α = \(alpha)) of \(name) \(Self.move(first, last)).")
            }
            return .object(out)
        default:
            let fit = try LinearRegression(series: values)
            let significant = fit.slopePValue < 0.05
            let direction =
                !significant ? "no significant trend" : fit.slope > 0 ? "an upward trend" : "a downward trend"
            let text =
                "\(name) shows \(direction): \(ForecastInsights.number(fit.slope)) per \(s.prepared.grain.rawValue) (R² = \(StatText.coefficient(fit.rSquared)), \(StatText.p(fit.slopePValue)))."
            return .object([
                "method": .string("linear"), "slope": .number(fit.slope), "intercept": .number(fit.intercept),
                "r_squared": .number(fit.rSquared), "p_value": .number(fit.slopePValue),
                "direction": .string(!significant ? "flat" : fit.slope > 0 ? "up" : "down"),
                "values": dated(values.indices.map { fit.predict(Double($0)) }), "insight": .string(text),
            ])
        }
    }

    static func move(_ a: Double, _ b: Double) -> String {
        if a == b { return "stays at \(ForecastInsights.number(a))" }
        let pct = a != 0 ? " (\(ForecastInsights.signedPercent((b - a) / abs(a))))" : ""
        return "\(b > a ? "rises" : "falls") from \(ForecastInsights.number(a)) to \(ForecastInsights.number(b))\(pct)"
    }

    func anomalies(_ s: WorkflowSeries, method: String, threshold: Double) throws -> JSONValue {
        let points = s.observed
        let values = points.map(\.1)
        let flagged =
            method == "iqr" ? try Outliers.iqr(values, k: threshold) : try Outliers.zScore(values, threshold: threshold)
        let rule =
            method == "iqr"
            ? "outside \(threshold)×IQR of the quartiles" : "more than \(threshold) standard deviations from the mean"
        return .object([
            "method": .string(method), "threshold": .number(threshold), "count": .number(Double(flagged.count)),
            "anomalies": .array(
                flagged.map { .object(["date": .string(points[$0].0), "value": .number(points[$0].1)]) }),
            "insight": .string("\(flagged.count) of \(points.count) values of \(s.valueName) are \(rule)."),
        ])
    }
}
