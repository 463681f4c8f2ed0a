/// An error of the columnar engine. `notSupported` means "run this on SQLite instead": the
/// query or file is outside what the columnar path handles, never that it is wrong.
struct ColumnarError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why the columnar path stopped.
    enum Kind: Sendable, Equatable {
        /// Outside the supported subset (SQL construct, file format, value conversion).
        case notSupported
        /// The input is wrong (bad SQL, unreadable file); SQLite gives the user-facing message.
        case invalid
    }

    let kind: Kind
    /// What is not supported or wrong, as one sentence.
    let message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A construct outside the supported subset.
    static func unsupported(_ message: String) -> ColumnarError { ColumnarError(.notSupported, message) }

    public var description: String {
        kind == .notSupported ? "not supported by the columnar engine: \(message)" : message
    }
}
