/// Why `Analytics.analyze` could not run, naming which part of the request is at fault.
public struct AnalyzeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The part of the request at fault.
    public enum Field: String, Sendable {
        /// The target column given is not numeric (or does not exist).
        case target
        /// No numeric column could be read from the question.
        case question
        /// The data does not support the analysis (too few rows, no date column, …).
        case data
    }

    public var field: Field
    public var message: String

    public init(_ field: Field, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { message }
}
