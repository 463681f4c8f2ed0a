/// An error while profiling a table.
public struct ProfileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, as one sentence.
    var message: String

    init(_ message: String) { self.message = message }

    public var description: String { message }
}
