/// `forecasting`: the step's parameters read into a `ForecastSpec`, run by the spec's one path.
extension WorkflowStepPlan {
    /// The parameters of a `forecasting` step.
    static let forecastingParameters: Set<String> = [
        "model", "forecast_periods", "confidence_interval", "order", "seasonal_order", "seasonal_period", "drift",
        "window_size", "transform", "trend", "seasonality",
    ]

    /// The step's name for each field of the spec.
    static func parameter(_ field: ForecastSpecError.Field) -> String {
        switch field {
        case .model: return "model"
        case .order: return "order"
        case .seasonalOrder: return "seasonal_order"
        case .seasonalPeriod: return "seasonal_period"
        case .drift: return "drift"
        case .window: return "window_size"
        case .periods: return "forecast_periods"
        case .confidence: return "confidence_interval"
        case .transform: return "transform"
        case .trend: return "trend"
        case .seasonality: return "seasonality"
        }
    }

    /// The spec of a `forecasting` step; the model may be spelled `holt-winters` or `holt_winters`.
    static func forecastSpec(_ p: WorkflowParameters) throws -> ForecastSpec {
        var spec = ForecastSpec()
        if let name = try p.string("model") {
            guard let model = ForecastSpec.Model(name: name) else {
                throw p.fail("model", "one of " + ForecastSpec.Model.names.joined(separator: ", "))
            }
            spec.model = model
        }
        spec.periods = try p.int("forecast_periods", in: 1...ForecastSpec.maxPeriods) ?? 12
        spec.confidence = try p.double("confidence_interval", above: 0, below: 1) ?? 0.95
        spec.order = try p.order("order", count: 3)
        spec.seasonalOrder = try p.order("seasonal_order", count: 4)
        spec.seasonalPeriod = try p.int("seasonal_period", in: 2...1000)
        spec.drift = try p.bool("drift") ?? false
        spec.window = try p.int("window_size", in: 1...10_000) ?? 3
        let transforms = ForecastSpec.Transform.allCases.map(\.rawValue)
        spec.transform = try p.string("transform", oneOf: transforms).flatMap(ForecastSpec.Transform.init) ?? .none
        spec.trend = try p.string("trend", oneOf: ETSForm.Trend.allCases.map(\.rawValue)).flatMap(ETSForm.Trend.init)
        spec.seasonality = try p.string("seasonality", oneOf: ETSForm.Season.allCases.map(\.rawValue)).flatMap(
            ETSForm.Season.init)
        do {
            try spec.validate()
        } catch let e as ForecastSpecError {
            throw AnalysisError("\(p.label): parameter \(parameter(e.field)) \(e.message)")
        }
        return spec
    }

    func forecast(_ s: WorkflowSeries, _ spec: ForecastSpec) throws -> JSONValue {
        guard s.missing.isEmpty else {
            throw AnalysisError(
                "\(label): the series has \(s.missing.count) missing \(s.prepared.periodName); add fill_missing to the cleaning_rules of data_preparation"
            )
        }
        do {
            return try .from(try spec.report(for: s.prepared, name: s.valueName))
        } catch let e as ForecastSpecError {
            throw AnalysisError("\(label): parameter \(Self.parameter(e.field)) \(e.message)")
        }
    }
}
