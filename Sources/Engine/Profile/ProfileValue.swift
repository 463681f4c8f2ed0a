/// A statistic of a column: a number for numeric columns, ISO text for dates.
public enum ProfileValue: Sendable, Equatable, Encodable {
    case integer(Int64)
    case number(Double)
    case text(String)

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .integer(let v): try c.encode(v)
        case .number(let v): if v.isFinite { try c.encode(v) } else { try c.encodeNil() }
        case .text(let v): try c.encode(v)
        }
    }
}
