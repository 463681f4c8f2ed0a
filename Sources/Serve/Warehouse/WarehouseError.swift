/// A warehouse connection that cannot be described or set up (a bad URL, a missing field):
/// one sentence for the API's error envelope or the CLI's `path:line:column` line. Errors of
/// running queries are Engine's `QueryError`s.
public struct WarehouseError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
