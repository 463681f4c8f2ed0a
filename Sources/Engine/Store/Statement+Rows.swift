extension Statement {
    /// Binds `values`, steps through every row and returns their values, without the column
    /// names and types that `collect` works out (the metadata hot path). The statement is reset
    /// afterwards, also when stepping fails, so it can be run again.
    public func rows(binding values: [SQLValue]) throws -> [[SQLValue]] {
        defer { reset() }
        try bind(values)
        var rows: [[SQLValue]] = []
        let count = columnCount
        while try step() {
            var row: [SQLValue] = []
            row.reserveCapacity(count)
            for i in 0..<count { row.append(value(at: i)) }
            rows.append(row)
        }
        return rows
    }
}
