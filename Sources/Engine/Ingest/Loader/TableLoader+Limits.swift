extension TableLoader {
    /// Refuses a header with more columns than `limits.maxColumns` or a name longer than
    /// `limits.maxColumnNameBytes`, located on line 1 (the column counts characters of the
    /// names and one delimiter between them).
    func checkHeader(_ header: [String]) throws {
        if header.count > limits.maxColumns {
            throw IngestError(
                path: path, line: 1, column: 1,
                message: "the header has \(header.count) columns; at most \(limits.maxColumns) are allowed")
        }
        var column = 1
        for (i, name) in header.enumerated() {
            if name.utf8.count > limits.maxColumnNameBytes {
                throw IngestError(
                    path: path, line: 1, column: column,
                    message: "the name of column \(i + 1) is longer than "
                        + IngestLimits.describe(bytes: limits.maxColumnNameBytes))
            }
            column += name.count + 1
        }
    }
}
