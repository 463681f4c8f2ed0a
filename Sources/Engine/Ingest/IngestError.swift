/// An error while reading or loading a data file; it says where in the file it happened.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the error is about.
    var path: String
    /// The 1-based line (or spreadsheet row), when known.
    public var line: Int?
    /// The 1-based column (character within the line), when known.
    public var column: Int?
    /// What is wrong, as one sentence.
    public var message: String

    init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
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
            if let column { location += ":\(column)" }
        }
        return "\(location): \(message)"
    }
}
