/// What the table loader needs from a source: records one at a time, each field observed for
/// inference or bound into the insert statement. Byte-based for CSV, `Field`-based otherwise.
protocol RowCursor {
    /// The header as the file has it.
    var header: [String] { get }
    /// Moves to the next record; `false` at the end.
    mutating func advance() throws -> Bool
    /// The number of fields in the current record.
    var fieldCount: Int { get }
    /// The 1-based line where the current record starts.
    var line: Int { get }
    /// Feeds field `i` of the current record to `inference`.
    func observe(_ i: Int, into inference: inout ColumnInference)
    /// Binds field `i` as `plan` to parameter `i + 1`; `false` when the value does not fit.
    func bind(_ i: Int, as plan: ColumnPlan, into inserter: RowInserter) -> Bool
}
