/// Anything that stops a build or a validation: a bad config, page, block, query or file.
/// It names the project file and, when known, the line and column inside it.
public struct GeneratorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the error is about, relative to the project root when it is inside it.
    public var path: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// What is wrong, as one sentence.
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: message`, leaving out the parts that are not known.
    public var description: String {
        var location = path
        if let line {
            location += ":\(line)"
            location += ":\(column ?? 1)"
        }
        return "\(location): \(message)"
    }
}
