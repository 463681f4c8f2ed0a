/// One step of a workflow with its parameters checked and typed.
struct WorkflowStepPlan: Sendable {
    struct Preparation: Sendable {
        var dateColumn: String?
        var valueColumn: String?
        var timeRange: (count: Int, unit: TimeGrain)?
        var rules: [String] = []
        static let `default` = Preparation()
    }

    enum Kind: Sendable {
        case preparation(Preparation)
        case aggregation(grain: TimeGrain, function: Aggregate)
        case trend(method: String, window: Int, alpha: Double)
        case anomalies(method: String, threshold: Double)
        case forecasting(ForecastSpec)
    }

    let label: String
    let kind: Kind

    /// Whether the step is a data preparation (which builds the series itself).
    var isPreparation: Bool {
        if case .preparation = kind { return true }
        return false
    }

    /// Whether the step replaces the series (preparation, aggregation) rather than reporting on it.
    var transformsSeries: Bool {
        switch kind {
        case .preparation, .aggregation: return true
        case .trend, .anomalies, .forecasting: return false
        }
    }

    init(step: WorkflowDocument.Step, index: Int) throws {
        let label = "step \(step.step ?? index + 1) (\(step.type))"
        self.label = label
        switch step.type {
        case "data_preparation":
            let p = try WorkflowParameters(
                step: step, index: index,
                allowed: ["data_source", "time_range", "cleaning_rules", "date_column", "value_column"])
            var prep = Preparation()
            prep.dateColumn = try p.string("date_column")
            prep.valueColumn = try p.string("value_column")
            _ = try p.string("data_source")
            prep.rules = try p.strings("cleaning_rules", oneOf: ["remove_outliers", "fill_missing", "deduplicate"])
            if let range = try p.string("time_range"), range != "all" {
                guard let r = Self.timeRange(range) else {
                    throw p.fail("time_range", "like last_24_months (days, weeks, months, quarters or years) or all")
                }
                prep.timeRange = r
            }
            kind = .preparation(prep)
        case "aggregation":
            let p = try WorkflowParameters(step: step, index: index, allowed: ["grain", "function"])
            let grain = try p.string("grain", oneOf: ["day", "week", "month", "quarter", "year"]) ?? "month"
            let function = try p.string("function", oneOf: ["sum", "avg", "min", "max", "count", "median"]) ?? "sum"
            kind = .aggregation(
                grain: TimeGrain(rawValue: grain) ?? .month, function: Aggregate(rawValue: function) ?? .sum)
        case "trend_analysis":
            let p = try WorkflowParameters(step: step, index: index, allowed: ["method", "window_size", "alpha"])
            kind = .trend(
                method: try p.string("method", oneOf: ["moving_average", "linear", "ewma"]) ?? "linear",
                window: try p.int("window_size", in: 1...10_000) ?? 3,
                alpha: try p.double("alpha", above: 0, below: 1.000_001) ?? 0.3)
        case "anomaly_detection":
            let p = try WorkflowParameters(step: step, index: index, allowed: ["method", "threshold"])
            let method = try p.string("method", oneOf: ["iqr", "zscore"]) ?? "iqr"
            kind = .anomalies(
                method: method,
                threshold: try p.double("threshold", above: 0, below: 100) ?? (method == "iqr" ? 1.5 : 3))
        case "forecasting":
            let p = try WorkflowParameters(step: step, index: index, allowed: Self.forecastingParameters)
            kind = .forecasting(try Self.forecastSpec(p))
        default:
            throw AnalysisError(
                "\(label): unknown step type \"\(step.type)\"; expected one of \(WorkflowRunner.stepTypes.joined(separator: ", "))"
            )
        }
    }

    /// `last_24_months` → (24, month).
    static func timeRange(_ text: String) -> (count: Int, unit: TimeGrain)? {
        let parts = text.split(separator: "_")
        guard parts.count == 3, parts[0] == "last", let n = Int(parts[1]), n >= 1 else { return nil }
        let unit = parts[2].hasSuffix("s") ? String(parts[2].dropLast()) : String(parts[2])
        guard let grain = TimeGrain(rawValue: unit) else { return nil }
        return (n, grain)
    }

    /// Runs the step on `series` (nil before the first preparation).
    func run(on series: WorkflowSeries?, table: QueryResult, tableName: String) throws -> (WorkflowSeries?, JSONValue) {
        switch kind {
        case .preparation(let p):
            let (s, out) = try Self.prepare(table, tableName: tableName, p, label: label)
            return (s, out)
        case .aggregation(let grain, let function):
            guard let series else { return (nil, .null) }
            return try aggregate(series, grain: grain, function: function)
        case .trend(let method, let window, let alpha):
            guard let series else { return (nil, .null) }
            return (series, try trend(series, method: method, window: window, alpha: alpha))
        case .anomalies(let method, let threshold):
            guard let series else { return (nil, .null) }
            return (series, try anomalies(series, method: method, threshold: threshold))
        case .forecasting(let f):
            guard let series else { return (nil, .null) }
            return (series, try forecast(series, f))
        }
    }
}
