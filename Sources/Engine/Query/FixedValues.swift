/// Column values fixed from outside a question — an embed token's locked parameters: each
/// `column: value` becomes an equality filter on the question's table that replaces any
/// condition the question itself puts on that column, so whoever views the answer sees only
/// those rows. Values are text as written in a URL or JSON and typed by the column: integers
/// and decimals must parse as numbers, booleans are `true`/`false`/`1`/`0`, dates and text are
/// compared as stored (dates as ISO `YYYY-MM-DD`).
///
/// ```swift
/// let fixed = FixedValues(["region": "North"])
/// let answer = try asker.ask("total revenue by month", fixing: fixed)
/// ```
public struct FixedValues: Sendable, Hashable {
    public let values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public var isEmpty: Bool { values.isEmpty }

    /// What is wrong with each value against a table's `columns`, keyed by the value's name:
    /// a column the table does not have, or a value its type cannot hold. Empty when all fit.
    public func problems(columns: [(name: String, type: ColumnType)]) -> [String: String] {
        var problems: [String: String] = [:]
        for (name, text) in values {
            guard let column = columns.first(where: { $0.name == name }) else {
                problems[name] = "The data source has no column \"\(name)\"."
                continue
            }
            if Self.value(text, as: column.type) == nil {
                problems[name] = "\"\(text)\" is not a \(column.type.rawValue) value of column \"\(name)\"."
            }
        }
        return problems
    }

    /// `query` with the fixed values' filters in place of its own conditions on those columns.
    func applied(to query: Query, columns: [(name: String, type: ColumnType)]) throws -> Query {
        if let problem = problems(columns: columns).min(by: { $0.key < $1.key }) {
            throw LanguageError(problem.value)
        }
        var query = query
        let fixed = Set(values.keys)
        query.filters.removeAll { fixed.contains($0.column) }
        for (name, text) in values.sorted(by: { $0.key < $1.key }) {
            guard let type = columns.first(where: { $0.name == name })?.type, let value = Self.value(text, as: type)
            else { continue }
            query.filters.append(Filter(name, .equals, [value]))
        }
        return query
    }

    /// `text` as a value of a column of `type`, nil when it cannot be one.
    static func value(_ text: String, as type: ColumnType) -> SQLValue? {
        switch type {
        case .integer: return Int64(text).map(SQLValue.integer)
        case .decimal: return Double(text).flatMap { $0.isFinite ? SQLValue.real($0) : nil }
        case .boolean:
            switch text.lowercased() {
            case "true", "1": return .integer(1)
            case "false", "0": return .integer(0)
            default: return nil
            }
        case .date, .datetime, .string: return .text(text)
        }
    }
}
