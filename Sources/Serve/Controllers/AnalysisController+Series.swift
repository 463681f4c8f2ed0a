import Engine
import Foundation

extension AnalysisController {
    /// The workflow step each time-series analysis type runs after preparing `target` by date.
    static let seriesSteps: [String: (type: String, parameters: [String: Engine.JSONValue])] = [
        "trend": ("trend_analysis", ["method": .string("linear")]),
        "forecast": ("forecasting", [:]),
        "anomalies": ("anomaly_detection", [:]),
    ]

    /// Runs the time-series analysis `type` of `target` over `rows` (by the table's date column,
    /// gaps filled): the step's output and the insights it states.
    static func series(_ type: String, target: String, rows: QueryResult, table: String) async throws
        -> (name: String, output: Engine.JSONValue, insights: [String])
    {
        guard let step = seriesSteps[type] else { throw APIError.validation("analysis_type", "Unknown analysis type.") }
        let prepare: Engine.JSONValue = .object([
            "type": .string("data_preparation"),
            "parameters": .object([
                "value_column": .string(target), "cleaning_rules": .array([.string("fill_missing")]),
            ]),
        ])
        let steps: Engine.JSONValue = .object([
            "steps": .array([prepare, .object(["type": .string(step.type), "parameters": .object(step.parameters)])])
        ])
        let document = try JSONDecoder().decode(WorkflowDocument.self, from: JSONEncoder().encode(steps))
        let result: Engine.JSONValue
        do {
            result = try await DataController.offload {
                try WorkflowRunner(table: rows, tableName: table).run(document)
            }
        } catch let e as AnalysisError {
            throw APIError.validation("data_source", e.message)
        }
        guard case .object(let fields) = result, case .array(let steps)? = fields["steps"],
            case .object(let last)? = steps.last,
            let output = last["output"]
        else { throw APIError(.internalError, "The analysis produced no result.") }
        var insights: [String] = []
        if case .object(let o) = output {
            if case .string(let s)? = o["insight"] { insights.append(s) }
            if case .array(let list)? = o["insights"] {
                for case .string(let s) in list { insights.append(s) }
            }
        }
        return (step.type, output, insights)
    }
}
