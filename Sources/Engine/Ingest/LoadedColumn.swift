/// One column of a loaded table: its normalised name and inferred type.
public struct LoadedColumn: Sendable, Codable, Equatable {
    /// The column name in the table (normalised and deduplicated from the file's header).
    public var name: String
    /// The inferred logical type.
    public var type: ColumnType
    /// Whether any value in the column is NULL.
    var nullable: Bool

    init(name: String, type: ColumnType, nullable: Bool) {
        self.name = name
        self.type = type
        self.nullable = nullable
    }
}
