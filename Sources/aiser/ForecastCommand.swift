import ArgumentParser
import Engine
import Foundation

/// `aiser forecast`: prepare a dated series from a data file, fit a model and print the dated
/// forecast as JSON or draw the forecast chart.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract:
            "Forecast a measure over time with ARIMA, SARIMA, Holt-Winters, Holt, linear trend or moving average.",
        discussion: """
            The x column is read as dates; its natural spacing (daily, weekly, monthly, quarterly, yearly) is \
            detected, repeated dates are summed and missing periods are filled by interpolation and reported.
            Example: aiser forecast --data sales.csv --x month --y revenue --model holt-winters --periods 12
            """)

    @Option(help: "The data file (CSV, TSV, XLSX, JSON, NDJSON).") var data: String
    @Option(help: "The date column.") var x: String
    @Option(help: "The numeric column to forecast.") var y: String
    @Option(help: "arima, sarima, holt-winters, holt, linear or moving-average.") var model: String = "arima"
    @Option(help: "ARIMA order p,d,q, or auto (d by KPSS, p and q by AIC; 0,1,1 when a seasonal part is asked for).")
    var order: String = "auto"
    @Option(help: "Seasonal order P,D,Q,s (sarima; default 0,1,1 with the seasonal period).") var seasonal: String?
    @Option(
        help:
            "Season length for holt-winters and sarima (default 12 for monthly, 4 for quarterly, 7 daily, 52 weekly data)."
    )
    var seasonalPeriod: Int?
    @Flag(help: "Estimate a drift (constant) in a differenced ARIMA model.") var drift = false
    @Option(help: "Window of the moving-average model.") var window: Int = 3
    @Option(help: "How many periods to forecast.") var periods: Int = 12
    @Option(help: "Confidence level of the intervals, between 0 and 1.") var confidence: Double = 0.95
    @Option(help: "json, svg, png, pdf or html (default: from --out, else json).") var format: String?
    @Option(help: "Output file (standard output when omitted; required for png and pdf).") var out: String?

    static let models = ["arima", "sarima", "holt-winters", "holt", "linear", "moving-average"]

    func validate() throws {
        guard Self.models.contains(model) else {
            throw ValidationError("--model must be one of \(Self.models.joined(separator: ", ")), not \"\(model)\".")
        }
        guard (1...10_000).contains(periods) else { throw ValidationError("--periods must be between 1 and 10000.") }
        guard confidence > 0, confidence < 1 else {
            throw ValidationError("--confidence must be between 0 and 1, e.g. 0.95.")
        }
        if order != "auto" { _ = try Self.integers(order, count: 3, option: "--order") }
        if let seasonal { _ = try Self.integers(seasonal, count: 4, option: "--seasonal") }
        if let seasonalPeriod, seasonalPeriod < 2 { throw ValidationError("--seasonal-period must be at least 2.") }
        guard window >= 1 else { throw ValidationError("--window must be at least 1.") }
        let f = try outputFormat(format, out: out)
        if (f == .png || f == .pdf) && out == nil { throw ValidationError("--format \(f.rawValue) needs --out PATH.") }
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
            let report: ForecastReport
            do {
                let series = try SeriesPreparation.prepare(try loaded.rows([xc.name, yc.name]), x: xc.name, y: yc.name)
                let fitted = try forecaster(for: series).forecast(
                    series.values, periods: periods, confidence: confidence)
                report = ForecastReport(series: series, forecast: fitted, name: yc.name)
            } catch let e as AnalysisError {
                throw CLIMessage("\(data): \(e.message)")
            } catch let e as StatsError {
                throw CLIMessage("\(data): \(e.description)")
            }
            try write(json: report, chart: report.chartData, format: try outputFormat(format, out: out), to: out)
        }
    }

    /// The model the options ask for, with seasonal defaults from the series' spacing.
    func forecaster(for series: PreparedSeries) throws -> any ForecastModel {
        let season = seasonalPeriod ?? series.defaultSeasonalPeriod
        switch model {
        case "holt-winters":
            guard let season else {
                throw CLIMessage(
                    "\(data): \(series.frequencyName) data has no default season; give --seasonal-period N")
            }
            return HoltWintersModel(period: season)
        case "holt": return HoltModel()
        case "linear": return LinearTrendModel()
        case "moving-average": return MovingAverageModel(window: window)
        default:
            if order == "auto", seasonal == nil { return AutoARIMAModel() }
            let o = order == "auto" ? [0, 1, 1] : try Self.integers(order, count: 3, option: "--order")
            var s = try seasonal.map { try Self.integers($0, count: 4, option: "--seasonal") }
            if s == nil, model == "sarima" {
                guard let season else {
                    throw CLIMessage("\(data): sarima on \(series.frequencyName) data needs --seasonal P,D,Q,s")
                }
                s = [0, 1, 1, season]
            }
            let arima = ARIMAOrder(
                p: o[0], d: o[1], q: o[2], seasonalP: s?[0] ?? 0, seasonalD: s?[1] ?? 0, seasonalQ: s?[2] ?? 0,
                period: s?[3] ?? 0)
            return ARIMAModel(order: arima, drift: drift)
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
