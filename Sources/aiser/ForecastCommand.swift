import ArgumentParser
import Engine
import Foundation

/// `aiser forecast`: prepare a dated series from a data file, fit a model and print the dated
/// forecast as JSON or draw the forecast chart.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract:
            "Forecast a measure over time with ARIMA, SARIMA, exponential smoothing (ETS), Holt-Winters, Holt, linear trend, moving average, or the best of them (auto).",
        discussion: """
            The x column is read as dates; its natural spacing (daily, weekly, monthly, quarterly, yearly) is \
            detected, repeated dates are summed and missing periods are filled by interpolation and reported.
            --model ets fits exponential smoothing (additive errors) with --trend none|additive|damped and \
            --seasonality none|additive|multiplicative; a component left out is chosen by AICc. --model auto \
            compares automatic (S)ARIMA and automatic ETS on a holdout (the last season) and keeps the better.
            Example: aiser forecast --data sales.csv --x month --y revenue --model ets --trend damped --periods 12
            """)

    @Option(help: "The data file (CSV, TSV, XLSX, JSON, NDJSON).") var data: String
    @Option(help: "The date column.") var x: String
    @Option(help: "The numeric column to forecast.") var y: String
    @Option(
        help:
            "auto, arima, sarima, ets, holt-winters, holt, linear or moving-average (holt_winters etc. also accepted).")
    var model: String = "arima"
    @Option(
        help:
            "ARIMA order p,d,q, or auto (KPSS/seasonal-strength differencing, then the lowest AIC(c); 0,1,1 when a seasonal part is asked for)."
    )
    var order: String = "auto"
    @Option(help: "Seasonal order P,D,Q,s (sarima; default 0,1,1 with the seasonal period).") var seasonal: String?
    @Option(
        help:
            "Season length for auto, arima, ets, holt-winters and sarima (default 12 for monthly, 4 for quarterly, 7 daily, 52 weekly data)."
    )
    var seasonalPeriod: Int?
    @Flag(help: "Estimate a drift (constant) in a differenced ARIMA model of a given order.") var drift = false
    @Option(help: "Window of the moving-average model.") var window: Int = 3
    @Option(help: "How many periods to forecast.") var periods: Int = 12
    @Option(help: "Confidence level of the intervals, between 0 and 1.") var confidence: Double = 0.95
    @Option(help: "ets trend: none, additive or damped (default: chosen by AICc).") var trend: String?
    @Option(help: "ets seasonality: none, additive or multiplicative (default: chosen by AICc).")
    var seasonality: String?
    @Option(
        help:
            "none; log: fit to the logarithm (series whose swings grow with their level); auto: log when Guerrero's rule prefers it."
    )
    var transform: String = "none"
    @Option(help: "json, svg, png, pdf or html (default: from --out, else json).") var format: String?
    @Option(help: "Output file (standard output when omitted; required for png and pdf).") var out: String?

    func validate() throws {
        do {
            try spec().validate()
        } catch let e as ForecastSpecError {
            throw ValidationError("\(Self.option(e.field)) \(e.message).")
        }
        let f = try outputFormat(format, out: out)
        if (f == .png || f == .pdf) && out == nil { throw ValidationError("--format \(f.rawValue) needs --out PATH.") }
    }

    /// The options as the forecast's one description (columns as given).
    func spec() throws -> ForecastSpec {
        guard let m = ForecastSpec.Model(name: model) else {
            throw ValidationError(
                "--model must be one of \(ForecastSpec.Model.names.joined(separator: ", ")), not \"\(model)\".")
        }
        guard let t = ForecastSpec.Transform(rawValue: transform) else {
            throw ValidationError("--transform must be none, log or auto, not \"\(transform)\".")
        }
        let trends = ETSForm.Trend.allCases.map(\.rawValue), seasons = ETSForm.Season.allCases.map(\.rawValue)
        let etsTrend = try trend.map { name in
            guard let value = ETSForm.Trend(rawValue: name) else {
                throw ValidationError("--trend must be one of \(trends.joined(separator: ", ")), not \"\(name)\".")
            }
            return value
        }
        let etsSeason = try seasonality.map { name in
            guard let value = ETSForm.Season(rawValue: name) else {
                throw ValidationError(
                    "--seasonality must be one of \(seasons.joined(separator: ", ")), not \"\(name)\".")
            }
            return value
        }
        return ForecastSpec(
            x: x, y: y, model: m, order: order == "auto" ? nil : try Self.integers(order, count: 3, option: "--order"),
            seasonalOrder: try seasonal.map { try Self.integers($0, count: 4, option: "--seasonal") },
            seasonalPeriod: seasonalPeriod, drift: drift, window: window, periods: periods, confidence: confidence,
            transform: t, trend: etsTrend, seasonality: etsSeason)
    }

    /// The option that sets each field of the spec.
    static func option(_ field: ForecastSpecError.Field) -> String {
        switch field {
        case .model: return "--model"
        case .order: return "--order"
        case .seasonalOrder: return "--seasonal"
        case .seasonalPeriod: return "--seasonal-period"
        case .drift: return "--drift"
        case .window: return "--window"
        case .periods: return "--periods"
        case .confidence: return "--confidence"
        case .transform: return "--transform"
        case .trend: return "--trend"
        case .seasonality: return "--seasonality"
        }
    }

    func run() throws {
        try reportingFailures {
            let loaded = try LoadedData(data)
            defer { loaded.close() }
            let xc = try loaded.column(x, option: "--x"), yc = try loaded.column(y, option: "--y")
            guard yc.type.isNumeric else {
                throw CLIMessage(
                    "\(data): --y column \"\(yc.name)\" is not numeric (its values are \(yc.type.rawValue))")
            }
            var spec = try spec()
            (spec.x, spec.y) = (xc.name, yc.name)
            let report: ForecastReport
            do {
                report = try loaded.analytics.forecast(spec)
            } catch let e as ForecastSpecError {
                throw CLIMessage("\(data): \(Self.option(e.field)) \(e.message)")
            } catch let e as AnalysisError {
                throw CLIMessage("\(data): \(e.message)")
            } catch let e as StatsError {
                throw CLIMessage("\(data): \(e.description)")
            }
            try write(json: report, chart: report.chartData, format: try outputFormat(format, out: out), to: out)
        }
    }

    /// `count` non-negative comma-separated integers.
    static func integers(_ text: String, count: Int, option: String) throws -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == count, parts.allSatisfy({ ($0 ?? -1) >= 0 }) else {
            throw ValidationError(
                "\(option) takes \(count) non-negative integers separated by commas, not \"\(text)\".")
        }
        return parts.compactMap { $0 }
    }
}
