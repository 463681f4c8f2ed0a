import Foundation

/// Runs a `WorkflowDocument` against a table: steps run in order, each consuming the series the
/// previous one left (`data_preparation` and `aggregation` change it; `trend_analysis`,
/// `anomaly_detection` and `forecasting` report on it). All steps are checked before any runs.
public struct WorkflowRunner: Sendable {
    /// The step types a document may use.
    public static let stepTypes = [
        "data_preparation", "aggregation", "trend_analysis", "anomaly_detection", "forecasting",
    ]

    public var table: QueryResult
    public var tableName: String

    public init(table: QueryResult, tableName: String) {
        self.table = table
        self.tableName = tableName
    }

    /// The result: `{"workflow_name", "status", "steps": [{"step", "type", "output"}], "result"}`.
    public func run(_ document: WorkflowDocument) throws -> JSONValue {
        guard !document.steps.isEmpty else { throw AnalysisError("the workflow has no steps") }
        let plans = try document.steps.enumerated().map { try WorkflowStepPlan(step: $1, index: $0) }
        var series: WorkflowSeries?
        var outputs: [JSONValue] = []
        var last = JSONValue.null
        for (i, plan) in plans.enumerated() {
            if series == nil, case .preparation = plan.kind {
            } else if series == nil {
                series = try WorkflowStepPlan.prepare(table, tableName: tableName, .default, label: plan.label).0
            }
            let output: JSONValue
            do {
                (series, output) = try plan.run(on: series, table: table, tableName: tableName)
            } catch let e as StatsError {
                throw AnalysisError("\(plan.label): \(e.description)")
            }
            last = output
            let number = document.steps[i].step ?? i + 1
            outputs.append(
                .object(["step": .number(Double(number)), "type": .string(document.steps[i].type), "output": output]))
        }
        return .object([
            "workflow_name": document.workflowName.map(JSONValue.string) ?? .null,
            "status": .string("completed"),
            "steps": .array(outputs),
            "result": last,
        ])
    }
}

extension JSONValue {
    /// Any encodable value as a `JSONValue`.
    static func from(_ value: some Encodable) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }
}
