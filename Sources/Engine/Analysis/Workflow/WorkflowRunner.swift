import Foundation

/// Runs a `WorkflowDocument` against a table: steps run in order, each consuming the series the
/// previous one left (`data_preparation` and `aggregation` change it; `trend_analysis`,
/// `anomaly_detection` and `forecasting` report on it). All steps are checked before any runs.
public struct WorkflowRunner: Sendable {
    /// The step types a document may use.
    public static let stepTypes = [
        "data_preparation", "aggregation", "trend_analysis", "anomaly_detection", "forecasting",
    ]

    var table: QueryResult
    var tableName: String

    init(table: QueryResult, tableName: String) {
        self.table = table
        self.tableName = tableName
    }

    /// The result: `{"workflow_name", "status", "steps": [{"step", "type", "output"}], "result",
    /// "parallel_groups"}`; see `WorkflowOptions` for what the document's options change.
    func run(_ document: WorkflowDocument) throws -> JSONValue {
        guard !document.steps.isEmpty else { throw AnalysisError("the workflow has no steps") }
        let options = try WorkflowOptions(document.options)
        let plans = try document.steps.enumerated().map { try WorkflowStepPlan(step: $1, index: $0) }
        var series: WorkflowSeries?
        var outputs = [JSONValue](repeating: .null, count: plans.count)
        var groups: [[Int]] = []
        var i = 0
        while i < plans.count {
            if series == nil, !plans[i].isPreparation {
                series = try WorkflowStepPlan.prepare(table, tableName: tableName, .default, label: plans[i].label).0
            }
            // A run of report-only steps reads one series: independent of each other.
            var j = i + 1
            if options.parallel, !plans[i].transformsSeries {
                while j < plans.count, !plans[j].transformsSeries { j += 1 }
            }
            if j - i > 1 {
                let input = series
                let results = try runConcurrently(Array(plans[i..<j]), on: input)
                for (k, output) in results.enumerated() { outputs[i + k] = output }
                groups.append((i..<j).map { document.steps[$0].step ?? $0 + 1 })
            } else {
                (series, outputs[i]) = try run(plans[i], on: series)
            }
            i = j
        }
        var steps: [JSONValue] = []
        if options.saveIntermediate {
            for (k, output) in outputs.enumerated() {
                let number = document.steps[k].step ?? k + 1
                steps.append(
                    .object([
                        "step": .number(Double(number)), "type": .string(document.steps[k].type), "output": output,
                    ]))
            }
        }
        return .object([
            "workflow_name": document.workflowName.map(JSONValue.string) ?? .null,
            "status": .string("completed"),
            "steps": .array(steps),
            "result": outputs.last ?? .null,
            "parallel_groups": .array(groups.map { .array($0.map { .number(Double($0)) }) }),
        ])
    }

    private func run(_ plan: WorkflowStepPlan, on series: WorkflowSeries?) throws -> (WorkflowSeries?, JSONValue) {
        do {
            return try plan.run(on: series, table: table, tableName: tableName)
        } catch let e as StatsError {
            throw AnalysisError("\(plan.label): \(e.description)")
        }
    }

    /// Runs report-only steps on the same series at once; outputs in step order, the first error wins.
    private func runConcurrently(_ plans: [WorkflowStepPlan], on series: WorkflowSeries?) throws -> [JSONValue] {
        let box = ResultsBox(count: plans.count)
        DispatchQueue.concurrentPerform(iterations: plans.count) { k in
            box.set(k, Result { try run(plans[k], on: series).1 })
        }
        return try box.results.map { try $0!.get() }
    }
}

/// Slots for concurrently computed step results.
private final class ResultsBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var results: [Result<JSONValue, any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<JSONValue, any Error>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }
}
