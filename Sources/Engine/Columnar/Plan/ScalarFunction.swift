/// The scalar functions the columnar engine evaluates.
enum ScalarFunction: String, Sendable, Hashable {
    case substr, lower, upper, length, round, abs, coalesce, ifnull, typeof, trim
}
