/// One aggregate of a grouped query: its kind and its per-row argument.
struct AggregateCall: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case countAll, count, countDistinct, sum, total, avg, min, max }

    var kind: Kind
    var argument: Node?

    /// The kind for a call of `name` with `arity` arguments, when it is an aggregate.
    static func kind(_ name: String, arity: Int, star: Bool, distinct: Bool) throws -> Kind? {
        switch name {
        case "count":
            if star { return .countAll }
            guard arity == 1 else { throw ColumnarError.unsupported("count() with \(arity) arguments") }
            return distinct ? .countDistinct : .count
        case "sum", "total", "avg", "min", "max":
            if name == "min" || name == "max", arity > 1, !distinct { return nil }
            guard arity == 1, !star else { throw ColumnarError.unsupported("\(name)() with \(arity) arguments") }
            if distinct { throw ColumnarError.unsupported("\(name)(DISTINCT …)") }
            switch name {
            case "sum": return .sum
            case "total": return .total
            case "avg": return .avg
            case "min": return .min
            default: return .max
            }
        case "group_concat", "string_agg", "median":
            throw ColumnarError.unsupported("the aggregate \(name)()")
        default: return nil
        }
    }
}
