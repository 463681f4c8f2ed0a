/// One data source: a table name and the file it is loaded from.
public struct SourceSpec: Sendable, Equatable {
    /// The SQL table name.
    public var table: String
    /// The file, relative to the project root.
    public var path: String
    /// For workbooks, the sheet; for SQLite files, the table to take (default: the table named
    /// like the source, else the only table).
    public var sheet: String?

    public init(table: String, path: String, sheet: String? = nil) {
        self.table = table
        self.path = path
        self.sheet = sheet
    }
}
