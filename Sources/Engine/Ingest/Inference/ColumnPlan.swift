/// The decided type of one column and how to read its text values (the result of inference).
enum ColumnPlan: Equatable, Sendable {
    case integer(NumberStyle)
    case decimal(NumberStyle)
    case boolean
    case date(DateFormat)
    case datetime(DateFormat)
    case string

    /// The logical column type.
    var type: ColumnType {
        switch self {
        case .integer: return .integer
        case .decimal: return .decimal
        case .boolean: return .boolean
        case .date: return .date
        case .datetime: return .datetime
        case .string: return .string
        }
    }
}
