extension IngestError {
    /// `error` as an `IngestError` when it is one of the format readers' own errors (which
    /// carry the same location), so that a load fails with one error type; `nil` otherwise.
    init?(converting error: any Error) {
        switch error {
        case let e as XLSXError: self.init(path: e.path, line: e.row, column: e.column, message: e.message)
        case let e as JSONError: self.init(path: e.path, line: e.line, column: e.column, message: e.message)
        default: return nil
        }
    }
}
