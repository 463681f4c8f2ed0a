/// Why `aiser dev` cannot start (build errors do not stop it: they are shown in the browser).
public struct DevError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, as one sentence.
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
