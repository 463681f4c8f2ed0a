/// One column of a `ColumnarTable`: its name, logical type, SQLite affinity and values.
struct ColumnarColumn: Sendable {
    var name: String
    var type: ColumnType
    var storage: ColumnStorage

    /// The affinity SQLite gives a column declared with this type's declared type.
    var affinity: Affinity { Affinity(declaredType: type.declaredType) }
}
