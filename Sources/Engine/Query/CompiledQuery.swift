/// SQL text plus the values bound to its placeholders, in order.
struct CompiledQuery: Sendable, Hashable, CustomStringConvertible {
    var sql: String
    var bindings: [SQLValue]

    init(sql: String, bindings: [SQLValue]) {
        self.sql = sql
        self.bindings = bindings
    }

    public var description: String { sql }
}
