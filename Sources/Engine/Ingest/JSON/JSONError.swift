/// A JSON or NDJSON file that cannot be read as records. `description` reads
/// `path:line:column: message`, with line and column left out when unknown.
public struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is.
    enum Kind: Sendable, Equatable {
        /// The file is missing or cannot be read.
        case unreadable
        /// The text is not valid JSON.
        case malformed
        /// Valid JSON, but not an array of objects nor one object per line.
        case notRecords
        /// A cap in `JSONSource.Limits` (nesting depth, columns, field size) was exceeded.
        case limitExceeded
    }

    let kind: Kind
    /// The path of the file.
    let path: String
    /// The 1-based line, when known.
    public let line: Int?
    /// The 1-based column (in characters), when known.
    public let column: Int?
    /// One sentence saying what is wrong.
    public let message: String

    init(_ kind: Kind, path: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = path
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(message)"
    }
}
