import Foundation
import Synchronization

/// An immutable in-memory table in columns, shared by any number of queries at once.
///
/// ```swift
/// let orders = try ColumnarTable.load(URL(fileURLWithPath: "orders.csv"), as: "orders")
/// let result = try ColumnarSQL().run("SELECT region, SUM(revenue) FROM orders GROUP BY region",
///                                    tables: ["orders": orders])
/// ```
public final class ColumnarTable: Sendable {
    /// The table name.
    let name: String
    /// The number of rows.
    let rowCount: Int
    let columns: [ColumnarColumn]
    /// Rows kept by recent WHERE clauses (pages often filter several queries the same way).
    let selections = Mutex<[Node: [Int32]]>([:])

    init(name: String, rowCount: Int, columns: [ColumnarColumn]) {
        self.name = name
        self.rowCount = rowCount
        self.columns = columns
    }

    /// The rows `filter` keeps, computed by `compute` unless a recent query used the same filter.
    func rows(keptBy filter: Node, _ compute: () throws -> [Int32]) rethrows -> [Int32] {
        if let hit = selections.withLock({ $0[filter] }) { return hit }
        let rows = try compute()
        selections.withLock { cache in
            if cache.count >= 16 { cache.removeAll() }
            cache[filter] = rows
        }
        return rows
    }

    /// The columns' names and logical types, in order.
    var schema: [QueryResult.Column] { columns.map { .init(name: $0.name, type: $0.type) } }

    /// The index of the column called `name`, ignoring case as SQLite does.
    func columnIndex(_ name: String) -> Int? {
        columns.firstIndex { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
