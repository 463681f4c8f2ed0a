/// `= != < <= > >=`.
enum ComparisonOperator: Sendable, Hashable {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

    /// Whether a three-way comparison result `c` satisfies the operator.
    func holds(_ c: Int) -> Bool {
        switch self {
        case .equal: return c == 0
        case .notEqual: return c != 0
        case .less: return c < 0
        case .lessOrEqual: return c <= 0
        case .greater: return c > 0
        case .greaterOrEqual: return c >= 0
        }
    }
}
