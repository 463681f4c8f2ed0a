/// Any JSON value: the free-form `parameters` of workflow steps, their outputs, request options
/// and the OpenAPI document. The one JSON value type of every module; numbers are written by
/// `JSONNumber`'s rule.
public enum JSONValue: Sendable, Equatable, Codable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let d): if d.isFinite { try c.encode(JSONNumber.rounded(d)) } else { try c.encodeNil() }
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// The value as the text a user would have written, for error messages.
    var display: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return String(b)
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .string(let s): return "\"\(s)\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

extension JSONValue {
    /// Any encodable value as a `JSONValue`, through the one JSON configuration. It encodes and
    /// decodes again, so it is kept for the workflow's forecasting step (its report is large
    /// and nested); other outputs build their `JSONValue` directly.
    static func from(_ value: some Encodable) throws -> JSONValue {
        try JSONCoding.decode(JSONValue.self, from: JSONCoding.encode(value))
    }
}
