/// Why a series could not be prepared or an analysis step could not run; the message is one
/// sentence naming the column, step or field at fault.
public struct AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    init(_ message: String) { self.message = message }
    public var description: String { message }
}
