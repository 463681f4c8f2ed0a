/// SQL text plus the values bound to its placeholders, in order.
public struct CompiledQuery: Sendable, Hashable, CustomStringConvertible {
    public var sql: String
    public var bindings: [SQLValue]

    public init(sql: String, bindings: [SQLValue]) {
        self.sql = sql
        self.bindings = bindings
    }

    public var description: String { sql }
}
