/// A query that cannot be compiled or run: unknown names, wrong arity, read-only violations,
/// time or row limits. `line`/`column` locate SQL errors inside raw SQL text (1-based).
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public let line: Int?
    public let column: Int?

    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        guard let line else { return message }
        return "\(line):\(column ?? 1): \(message)"
    }
}
