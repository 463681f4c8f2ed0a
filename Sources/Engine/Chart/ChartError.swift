/// Errors building a chart from a query result.
public enum ChartError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The encoding names a column the result does not have.
    case unknownColumn(String, available: [String])
    /// A column that must hold numbers does not.
    case notNumeric(String)
    /// The chart type needs an encoding that was not given.
    case missingEncoding(String)
    /// A theme file that cannot be used; the text says why.
    case badTheme(String)

    public var description: String {
        switch self {
        case .unknownColumn(let c, let available):
            return
                "There is no column \"\(c)\"; the columns are \(available.map { "\"\($0)\"" }.joined(separator: ", "))."
        case .notNumeric(let c): return "Column \"\(c)\" must hold numbers."
        case .missingEncoding(let m): return "The chart needs \(m)."
        case .badTheme(let why): return why
        }
    }
}
