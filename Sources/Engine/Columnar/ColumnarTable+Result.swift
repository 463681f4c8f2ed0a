extension ColumnarTable {
    /// A table holding a query result as SQLite holds it after `CREATE TABLE` with each
    /// column's declared type and an `INSERT` of every row (the affinity conversions applied),
    /// so later queries can read an earlier query's result on the columnar path.
    public convenience init(result: QueryResult, name: String) throws {
        let columns = try result.columns.enumerated().map { i, column in
            let affinity = Affinity(declaredType: column.type.declaredType)
            let values = try result.rows.map { try affinity.stored(i < $0.count ? $0[i] : .null) }
            return ColumnarColumn(name: column.name, type: column.type, storage: .values(values))
        }
        self.init(name: name, rowCount: result.rows.count, columns: columns)
    }
}
