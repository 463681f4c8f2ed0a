/// What `Ingestor.load` put into the database.
public struct LoadReport: Sendable, Codable, Equatable {
    /// The table that was created.
    public var table: String
    /// The number of data rows inserted.
    public var rows: Int
    /// The table's columns in order.
    public var columns: [LoadedColumn]
    /// How many records had a different number of fields than the header. Short records are
    /// padded with NULL; the extra fields of long records are dropped.
    var raggedRows: Int
    /// The 1-based lines where the first (at most 20) ragged records start.
    var raggedLines: [Int]
    /// Things the user should know about the load (encoding fallback, ragged rows, renamed columns).
    var warnings: [String]

    init(
        table: String, rows: Int, columns: [LoadedColumn], raggedRows: Int = 0, raggedLines: [Int] = [],
        warnings: [String] = []
    ) {
        self.table = table
        self.rows = rows
        self.columns = columns
        self.raggedRows = raggedRows
        self.raggedLines = raggedLines
        self.warnings = warnings
    }
}
