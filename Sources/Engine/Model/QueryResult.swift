import Foundation

/// Rows returned by a query, with the names and logical types of their columns.
public struct QueryResult: Sendable, Hashable {
    /// One result column.
    public struct Column: Sendable, Hashable {
        public var name: String
        /// The logical type when known (from the table's declared type or from the values).
        public var type: ColumnType
        public init(name: String, type: ColumnType) {
            self.name = name
            self.type = type
        }
    }

    public var columns: [Column]
    public var rows: [[SQLValue]]
    /// True when the row cap cut the result short.
    public var truncated: Bool

    public init(columns: [Column], rows: [[SQLValue]], truncated: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.truncated = truncated
    }

    /// The index of the column called `name` (exact match first, then case-insensitive).
    public func index(of name: String) -> Int? {
        columns.firstIndex { $0.name == name }
            ?? columns.firstIndex { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// All values of the column called `name`.
    func values(of name: String) -> [SQLValue]? {
        guard let i = index(of: name) else { return nil }
        return rows.map { $0[i] }
    }
}
