/// The `options` of a workflow document.
///
/// - `parallel_execution` (default `false`): steps that only report on the series (trend
///   analysis, anomaly detection, forecasting) and follow one another read the same series, so
///   they are independent; with this option they run concurrently.
/// - `save_intermediate_results` (default `true`): keep every step's output in `steps`; with
///   `false` only the last step's output is kept, as `result`.
struct WorkflowOptions: Sendable {
    var parallel = false
    var saveIntermediate = true

    init(_ options: [String: JSONValue]?) throws {
        for (key, value) in options ?? [:] {
            guard case .bool(let flag) = value else {
                throw AnalysisError("options.\(key): must be true or false, not \(value)")
            }
            switch key {
            case "parallel_execution": parallel = flag
            case "save_intermediate_results": saveIntermediate = flag
            default:
                throw AnalysisError(
                    "options.\(key): unknown option (known: parallel_execution, save_intermediate_results)")
            }
        }
    }
}
