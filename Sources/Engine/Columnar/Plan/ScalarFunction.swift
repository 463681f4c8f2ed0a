/// The scalar functions the columnar engine evaluates.
enum ScalarFunction: String, Sendable, Hashable {
    case substr, lower, upper, length, round, abs, coalesce, ifnull, typeof, trim

    /// The numbers of arguments the Swift version takes.
    var arity: ClosedRange<Int> {
        switch self {
        case .substr: return 2...3
        case .round: return 1...2
        case .coalesce: return 2...64
        case .ifnull: return 2...2
        default: return 1...1
        }
    }
}
