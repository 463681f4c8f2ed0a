/// An error from the SQLite store: opening a database, preparing or running a statement.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: Sendable, Equatable {
        case open, prepare, step, bind, readOnly, timeout, rowLimit, interrupted
    }

    let kind: Kind
    /// SQLite's message, without any file path.
    let message: String
    /// The SQLite result code, when there is one.
    let code: Int32
    /// 0-based byte offset into the SQL text where SQLite located the error, when it knows.
    let offset: Int?

    public init(_ kind: Kind, _ message: String, code: Int32 = 0, offset: Int? = nil) {
        self.kind = kind
        self.message = message
        self.code = code
        self.offset = offset
    }

    public var description: String { message }
}
