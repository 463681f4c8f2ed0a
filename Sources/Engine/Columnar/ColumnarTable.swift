import Foundation

/// An immutable in-memory table in columns, shared by any number of queries at once.
///
/// ```swift
/// let orders = try ColumnarTable.load(URL(fileURLWithPath: "orders.csv"), as: "orders")
/// let result = try ColumnarSQL().run("SELECT region, SUM(revenue) FROM orders GROUP BY region",
///                                    tables: ["orders": orders])
/// ```
public final class ColumnarTable: Sendable {
    /// The table name.
    public let name: String
    /// The number of rows.
    public let rowCount: Int
    let columns: [ColumnarColumn]

    init(name: String, rowCount: Int, columns: [ColumnarColumn]) {
        self.name = name
        self.rowCount = rowCount
        self.columns = columns
    }

    /// The columns' names and logical types, in order.
    public var schema: [QueryResult.Column] { columns.map { .init(name: $0.name, type: $0.type) } }

    /// The index of the column called `name`, ignoring case as SQLite does.
    func columnIndex(_ name: String) -> Int? {
        columns.firstIndex { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
