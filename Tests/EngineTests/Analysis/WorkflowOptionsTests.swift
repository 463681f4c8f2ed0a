import Foundation
import Testing

@testable import Engine

@Suite("Workflow options")
struct WorkflowOptionsTests {
    let steps: [WorkflowDocument.Step] = [
        .init(step: 1, type: "data_preparation", parameters: ["cleaning_rules": .array([.string("fill_missing")])]),
        .init(step: 2, type: "aggregation", parameters: ["grain": .string("week"), "function": .string("sum")]),
        .init(step: 3, type: "trend_analysis", parameters: ["method": .string("linear")]),
        .init(step: 4, type: "anomaly_detection", parameters: [:]),
        .init(step: 5, type: "forecasting", parameters: ["model": .string("linear"), "forecast_periods": .number(3)]),
    ]

    func run(_ options: [String: JSONValue]?) throws -> [String: JSONValue] {
        let out = try WorkflowRunner(table: WorkflowRunnerTests.table, tableName: "sales").run(
            WorkflowDocument(workflowName: "w", steps: steps, options: options))
        guard case .object(let o) = out else { return [:] }
        return o
    }

    @Test("parallel execution runs the report-only steps together and gives the same outputs as in order")
    func parallel() throws {
        let sequential = try run(nil)
        let parallel = try run(["parallel_execution": .bool(true)])
        #expect(sequential["steps"] == parallel["steps"])
        #expect(sequential["result"] == parallel["result"])
        #expect(sequential["parallel_groups"] == .array([]))
        #expect(parallel["parallel_groups"] == .array([.array([.number(3), .number(4), .number(5)])]))
    }

    @Test("without intermediate results only the final result is kept")
    func intermediate() throws {
        let all = try run(["save_intermediate_results": .bool(true)])
        let final = try run(["save_intermediate_results": .bool(false)])
        guard case .array(let steps)? = all["steps"] else {
            Issue.record("no steps")
            return
        }
        #expect(steps.count == 5)
        #expect(final["steps"] == .array([]))
        #expect(final["result"] == all["result"])
        #expect(final["result"] != .null)
    }

    @Test("unknown options and non-boolean values are errors naming the option")
    func badOptions() {
        let unknown = #expect(throws: AnalysisError.self) { try run(["parallel": .bool(true)]) }
        #expect(unknown?.description.contains("options.parallel") == true)
        let wrong = #expect(throws: AnalysisError.self) { try run(["parallel_execution": .string("yes")]) }
        #expect(wrong?.description.contains("options.parallel_execution") == true)
    }
}
