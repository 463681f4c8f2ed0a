/// What drives a target column: the drivers strongest first, and the correlation matrices of
/// the numeric columns.
public struct KeyDriverReport: Sendable, Equatable, Codable {
    public var target: String
    /// Sorted by impact, then |correlation|, strongest first.
    public var drivers: [KeyDriver]
    public var pearson: CorrelationMatrix
    public var spearman: CorrelationMatrix
    /// Columns that could not be analysed, with the reason.
    public var skipped: [String: String]
}
