/// A bound SELECT, ready to execute over one table.
struct SelectPlan {
    /// One result column.
    struct Output {
        var name: String
        var node: Node
        /// The declared type when the column is a table column (SQLite's `decltype`).
        var declared: ColumnType?
    }

    var table: ColumnarTable
    var outputs: [Output] = []
    var filter: Node?
    var isAggregate = false
    var groupKeys: [Node] = []
    /// Sort direction of each group key (SQLite takes them from ORDER BY when the term counts match).
    var groupDescending: [Bool] = []
    var aggregates: [AggregateCall] = []
    var having: Node?
    var orderBy: [(node: Node, descending: Bool)] = []
    var distinct = false
    var limit: Int?
    var offset = 0
    /// SQLite computing the plan's per-group built-ins.
    var functions: SQLiteFunctionRunner?

    init(table: ColumnarTable) { self.table = table }
}
