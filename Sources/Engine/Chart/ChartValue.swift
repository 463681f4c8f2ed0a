/// One entry of a dataset's `data` array: a number, `null` (a gap), a text cell (tables), or a
/// point object `{"x":…, "y":…, "r":…}` (scatter, bubble).
public enum ChartValue: Sendable, Hashable, Codable {
    case null
    case number(Double)
    case text(String)
    case point(ChartPoint)

    /// The numeric value, if any; non-finite numbers count as missing.
    var number: Double? {
        if case .number(let d) = self, d.isFinite { return d }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else if let s = try? c.decode(String.self) {
            self = .text(s)
        } else {
            self = .point(try c.decode(ChartPoint.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .number(let d): if d.isFinite { try c.encode(JSONNumber.rounded(d)) } else { try c.encodeNil() }
        case .text(let s): try c.encode(s)
        case .point(let p): try c.encode(p)
        }
    }
}

extension ChartValue: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral,
    ExpressibleByStringLiteral
{
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(nilLiteral: ()) { self = .null }
    public init(stringLiteral value: String) { self = .text(value) }
}
