/// What drives a target column: the drivers strongest first, and the correlation matrices of
/// the numeric columns.
struct KeyDriverReport: Sendable, Equatable, Codable {
    var target: String
    /// Sorted by impact, then |correlation|, strongest first.
    var drivers: [KeyDriver]
    var pearson: CorrelationMatrix
    var spearman: CorrelationMatrix
    /// Columns that could not be analysed, with the reason.
    var skipped: [String: String]
}
