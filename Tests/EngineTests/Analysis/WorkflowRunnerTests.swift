import Foundation
import Testing

@testable import Engine

@Suite("Workflow runner")
struct WorkflowRunnerTests {
    /// Daily rows for 2024-01-01 … 2024-03-31: value = day of month.
    static let table = QueryResult(
        columns: [
            .init(name: "day", type: .date), .init(name: "store", type: .string), .init(name: "units", type: .integer),
        ],
        rows: (0..<91).map { i in
            let d = CivilDate(days: CivilDate(year: 2024, month: 1, day: 1).days + i)
            return [.text(d.iso), .text("A"), .integer(Int64(d.day))]
        })

    func run(_ steps: [WorkflowDocument.Step]) throws -> [String: JSONValue] {
        let out = try WorkflowRunner(table: Self.table, tableName: "sales").run(
            WorkflowDocument(workflowName: "t", steps: steps))
        guard case .object(let o) = out else { return [:] }
        return o
    }

    func output(_ o: [String: JSONValue], _ i: Int) -> [String: JSONValue] {
        guard case .array(let steps)? = o["steps"], case .object(let s) = steps[i], case .object(let out)? = s["output"]
        else { return [:] }
        return out
    }

    @Test("columns are found by type, daily rows aggregate to monthly means, and a linear trend fits them exactly")
    func aggregateAndTrend() throws {
        let o = try run([
            .init(type: "data_preparation"),
            .init(type: "aggregation", parameters: ["grain": .string("month"), "function": .string("avg")]),
            .init(type: "trend_analysis", parameters: ["method": .string("linear")]),
        ])
        let prep = output(o, 0)
        #expect(prep["date_column"] == .string("day"))
        #expect(prep["value_column"] == .string("units"))
        #expect(prep["grain"] == .string("day"))
        let agg = output(o, 1)
        // Means of 1…31, 1…29, 1…31.
        #expect(
            agg["series"]
                == .array([
                    .object(["date": .string("2024-01-01"), "value": .number(16)]),
                    .object(["date": .string("2024-02-01"), "value": .number(15)]),
                    .object(["date": .string("2024-03-01"), "value": .number(16)]),
                ]))
        let trend = output(o, 2)
        #expect(trend["slope"] == .number(0))
        #expect(trend["direction"] == .string("flat"))
    }

    @Test("an EWMA follows e[t] = α·x[t] + (1 − α)·e[t−1] on the prepared series")
    func ewma() throws {
        let o = try run([
            .init(type: "data_preparation", parameters: ["time_range": .string("last_3_days")]),
            .init(type: "trend_analysis", parameters: ["method": .string("ewma"), "alpha": .number(0.5)]),
        ])
        #expect(output(o, 0)["rows_outside_time_range"] == .number(88))
        // Values 29, 30, 31 → 29, 29.5, 30.25.
        guard case .array(let values)? = output(o, 1)["values"] else { Issue.record("no values"); return }
        #expect(
            values.map { v -> JSONValue? in if case .object(let p) = v { return p["value"] } else { return nil } }
                == [.number(29), .number(29.5), .number(30.25)])
    }

    @Test("a forecast chart starts its forecast and band at the last actual value")
    func forecastChart() throws {
        let series = try SeriesPreparation.prepare(
            QueryResult(
                columns: [.init(name: "m", type: .string), .init(name: "v", type: .decimal)],
                rows: (0..<6).map { [.text("2024-0\($0 + 1)"), .real(Double(10 + 2 * $0))] }),
            x: "m", y: "v")
        let f = try LinearTrendModel().forecast(series.values.map { $0 + 0 }, periods: 2)
        let report = ForecastReport(series: series, forecast: f, name: "v")
        #expect(
            report.chartData.data.labels == [
                "2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01", "2024-07-01",
                "2024-08-01",
            ])
        let fc = report.chartData.data.datasets[1].data
        #expect(fc[4] == .null && fc[5] == .number(20))
        #expect(report.forecast.map(\.date) == ["2024-07-01", "2024-08-01"])
        #expect(abs(report.forecast[0].mean - 22) < 1e-9)
    }

    @Test("a step with a value of the wrong type names the step and the field")
    func wrongType() {
        #expect(
            throws: AnalysisError(
                "step 1 (forecasting): parameter confidence_interval must be a number between 0.0 and 1.0, got \"high\""
            )
        ) {
            try self.run([.init(type: "forecasting", parameters: ["confidence_interval": .string("high")])])
        }
        #expect(
            throws: AnalysisError("step 1 (data_preparation): parameter value_column \"store\" is not a numeric column")
        ) {
            try self.run([.init(type: "data_preparation", parameters: ["value_column": .string("store")])])
        }
    }
}
