import Foundation
import Testing

@testable import Engine

@Suite("ForecastSpec: one forecast description for every surface")
struct ForecastSpecTests {
    /// 48 months from 2021-01: 200 + 3t + 25·sin(2πt/12) + a deterministic wobble.
    static let values: [Double] = (0..<48).map { (t: Int) -> Double in
        let x = Double(t)
        let season: Double = 25 * sin(2 * Double.pi * x / 12)
        let wobble = Double((t * 7) % 5) - 2
        return 200 + 3 * x + season + wobble
    }

    func analytics() throws -> Analytics {
        let db = try Connection.inMemory()
        try db.execute("CREATE TABLE sales(month DATE, region TEXT, revenue REAL)")
        let rows = Self.values.enumerated().map { t, v in
            String(format: "('%04d-%02d-01','North',%.6f)", 2021 + t / 12, t % 12 + 1, v)
        }
        try db.execute("INSERT INTO sales VALUES " + rows.joined(separator: ", "))
        return Analytics(connection: db, tables: ["sales"])
    }

    @Test("model names: hyphens documented, underscores accepted, anything else refused")
    func names() {
        #expect(ForecastSpec.Model(name: "holt_winters") == .holtWinters)
        #expect(ForecastSpec.Model(name: "holt-winters") == .holtWinters)
        #expect(ForecastSpec.Model(name: "moving_average") == .movingAverage)
        #expect(ForecastSpec.Model(name: "prophet") == nil)
        #expect(
            ForecastSpec.Model.names == [
                "auto", "arima", "sarima", "ets", "holt-winters", "holt", "linear", "moving-average",
            ])
    }

    @Test(
        "validation names the field at fault",
        arguments: [
            (ForecastSpec(periods: 0), ForecastSpecError.Field.periods),
            (ForecastSpec(confidence: 1), .confidence),
            (ForecastSpec(order: [1, 1]), .order),
            (ForecastSpec(seasonalOrder: [0, 1, 1, 1]), .seasonalOrder),
            (ForecastSpec(seasonalPeriod: 1), .seasonalPeriod),
            (ForecastSpec(window: 0), .window),
            (ForecastSpec(drift: true), .drift),
            (ForecastSpec(model: .holt, order: [1, 1, 1]), .order),
            (ForecastSpec(model: .arima, trend: .damped), .trend),
            (ForecastSpec(model: .auto, seasonality: .multiplicative), .seasonality),
        ])
    func validation(_ spec: ForecastSpec, _ field: ForecastSpecError.Field) {
        let e = #expect(throws: ForecastSpecError.self) { try spec.validate() }
        #expect(e?.field == field)
    }

    @Test("the use case, the workflow step and the analysis give the same forecast for the same spec")
    func onePath() throws {
        let a = try analytics()
        let report = try a.forecast(ForecastSpec(model: .holtWinters, periods: 6))
        #expect(report.model == "holt-winters" && report.forecast.count == 6)
        #expect(report.forecast.first?.date == "2025-01-01")
        let run = try a.workflow(
            WorkflowDocument(steps: [
                .init(type: "data_preparation"),
                .init(
                    type: "forecasting",
                    parameters: ["model": .string("holt_winters"), "forecast_periods": .number(6)]),
            ]))
        guard case .object(let o) = run, case .array(let steps)? = o["steps"], case .object(let last)? = steps.last
        else {
            Issue.record("no steps")
            return
        }
        #expect(last["output"] == (try JSONValue.from(report)))
        let outcome = try a.analyze(AnalysisQuestion("forecast revenue", kind: .forecast, target: "revenue"))
        #expect(outcome.output == (try JSONValue.from(try a.forecast(ForecastSpec(y: "revenue")))))
    }

    @Test("the workflow step reads drift and window_size and names its own parameter in errors")
    func workflowParameters() throws {
        let a = try analytics()
        let document = WorkflowDocument(steps: [
            .init(
                type: "forecasting",
                parameters: [
                    "model": .string("moving_average"), "window_size": .number(4), "forecast_periods": .number(2),
                ]
            )
        ])
        guard case .object(let o) = try a.workflow(document), case .array(let steps)? = o["steps"],
            case .object(let step)? = steps.first, case .object(let out)? = step["output"]
        else {
            Issue.record("no output")
            return
        }
        #expect(out["model"] == .string("moving-average"))
        let mean = Self.values.suffix(4).reduce(0, +) / 4
        if case .array(let points)? = out["forecast"], case .object(let p)? = points.first,
            case .number(let m)? = p["mean"]
        {
            #expect(abs(m - mean) < 1e-6)
        } else {
            Issue.record("no forecast")
        }
        let bad = WorkflowDocument(steps: [
            .init(type: "forecasting", parameters: ["model": .string("holt"), "drift": .bool(true)])
        ])
        #expect(
            throws: AnalysisError(
                "step 1 (forecasting): parameter drift applies only to the arima and sarima models, not holt")
        ) { try a.workflow(bad) }
    }

    @Test("auto chooses between automatic (S)ARIMA and automatic ETS by the holdout error and names the runner-up")
    func auto() throws {
        let report = try analytics().forecast(ForecastSpec(model: .auto, periods: 12))
        #expect(["arima", "sarima", "ets"].contains(report.model))
        let sentence = try #require(report.insights.first { $0.hasPrefix("Model ") })
        #expect(sentence.contains("forecasting the last season (12 values)"))
        #expect(sentence.contains("ETS(A,") && sentence.contains("arima (") && sentence.contains("runner-up"))
    }

    @Test("ets: the same forecast through the use case and the workflow step, with its form in the chart title")
    func ets() throws {
        let a = try analytics()
        let report = try a.forecast(
            ForecastSpec(model: .ets, periods: 6, trend: .damped, seasonality: .multiplicative))
        #expect(report.model == "ets" && report.params["damping_trend"] != nil)
        #expect(report.chartData.options.title == "revenue: ETS(A,Ad,M) forecast")
        #expect(report.insights.contains { $0.hasPrefix("ETS(A,Ad,M): exponential smoothing") })
        let run = try a.workflow(
            WorkflowDocument(steps: [
                .init(
                    type: "forecasting",
                    parameters: [
                        "model": .string("ets"), "forecast_periods": .number(6), "trend": .string("damped"),
                        "seasonality": .string("multiplicative"),
                    ])
            ]))
        guard case .object(let o) = run, case .array(let steps)? = o["steps"], case .object(let last)? = steps.last
        else {
            Issue.record("no steps")
            return
        }
        #expect(last["output"] == (try JSONValue.from(report)))
        let chosen = try a.forecast(ForecastSpec(model: .ets, periods: 6))
        #expect(chosen.insights.contains { $0.contains("lowest AICc") && $0.contains("runner-up") })
        let bad = WorkflowDocument(steps: [
            .init(type: "forecasting", parameters: ["model": .string("ets"), "trend": .string("multiplicative")])
        ])
        #expect(throws: AnalysisError.self) { try a.workflow(bad) }
    }

    @Test("transform auto takes the log of the airline series, whose swings grow with its level, and not of CO₂")
    func transformAuto() throws {
        let seasonal = try StatsFixtures.seasonal()
        for (name, expected) in [("airline", "Transform auto: log"), ("co2", "Transform auto: none")] {
            let values = try #require(seasonal.series[name]).values
            let db = try Connection.inMemory()
            try db.execute("CREATE TABLE t(month DATE, v REAL)")
            let rows = values.enumerated().map { t, v in
                String(format: "('%04d-%02d-01',%.6f)", 1949 + t / 12, t % 12 + 1, v)
            }
            try db.execute("INSERT INTO t VALUES " + rows.joined(separator: ", "))
            let report = try Analytics(connection: db, tables: ["t"]).forecast(
                ForecastSpec(model: .linear, periods: 3, transform: .auto))
            #expect(report.insights.contains { $0.hasPrefix(expected) }, "\(name): \(report.insights)")
        }
    }

    @Test("a log transform fits the logarithm and transforms the forecast back; it needs positive values")
    func logTransform() throws {
        let a = try analytics()
        let plain = try a.forecast(ForecastSpec(model: .linear, periods: 3))
        let logged = try a.forecast(ForecastSpec(model: .linear, periods: 3, transform: .log))
        // A line through the logs, transformed back: exp of the linear forecast of log(y) (of the
        // values as stored, to 6 decimals).
        let logs = Self.values.map { Foundation.log(($0 * 1e6).rounded() / 1e6) }
        let line = try LinearTrendModel().forecast(logs, periods: 3)
        for (p, q) in zip(logged.forecast, line.points) {
            #expect(abs(p.mean - exp(q.mean)) < 1e-9 && abs(p.upper - exp(q.upper)) < 1e-9)
        }
        #expect(logged.forecast.map(\.mean) != plain.forecast.map(\.mean))
        #expect(logged.insights.contains { $0.hasPrefix("Fitted to the logarithm of the values") })
        let db = try Connection.inMemory()
        try db.execute("CREATE TABLE t(month DATE, v REAL)")
        try db.execute(
            "INSERT INTO t VALUES "
                + (1...12).map { "('2024-\($0 < 10 ? "0" : "")\($0)-01', \($0 - 3))" }.joined(separator: ", "))
        let e = #expect(throws: ForecastSpecError.self) {
            try Analytics(connection: db, tables: ["t"]).forecast(ForecastSpec(model: .linear, transform: .log))
        }
        #expect(e?.field == .transform)
    }

    @Test("yearly data has no default season: holt-winters and sarima ask for one")
    func noSeason() throws {
        let db = try Connection.inMemory()
        try db.execute("CREATE TABLE t(year INTEGER, v REAL)")
        try db.execute(
            "INSERT INTO t VALUES " + (0..<12).map { "(\(2000 + $0), \(Double($0 * $0)))" }.joined(separator: ", "))
        let a = Analytics(connection: db, tables: ["t"])
        let e = #expect(throws: ForecastSpecError.self) {
            try a.forecast(ForecastSpec(x: "year", y: "v", model: .holtWinters))
        }
        #expect(e?.field == .seasonalPeriod)
        #expect(
            try a.forecast(ForecastSpec(x: "year", y: "v", model: .holtWinters, seasonalPeriod: 4)).forecast.count == 12
        )
    }
}
