/// A row condition. Values are always bound, never spliced into SQL text.
public struct Filter: Sendable, Codable, Hashable {
    /// The comparison.
    public enum Operator: String, Sendable, Codable, CaseIterable {
        case equals = "eq", notEquals = "ne"
        case less = "lt", lessOrEqual = "le", greater = "gt", greaterOrEqual = "ge"
        case oneOf = "in", noneOf = "not_in"
        case between
        case isNull = "is_null", isNotNull = "is_not_null"
        case contains
    }

    public var column: String
    public var op: Operator
    public var values: [SQLValue]
    /// When set, the condition applies to the column's time bucket (e.g. year = '2023').
    public var grain: TimeGrain?

    init(_ column: String, _ op: Operator, _ values: [SQLValue] = [], grain: TimeGrain? = nil) {
        self.column = column
        self.op = op
        self.values = values
        self.grain = grain
    }

    /// How many values the operator takes (`nil`: one or more).
    var arity: Int? {
        switch op {
        case .isNull, .isNotNull: return 0
        case .between: return 2
        case .oneOf, .noneOf: return nil
        default: return 1
        }
    }
}
