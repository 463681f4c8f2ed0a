import Engine

/// A JSON Schema (the subset the OpenAPI document needs), renderable to JSON.
indirect enum JSONSchema: Sendable {
    case string(
        format: String? = nil, enumeration: [String]? = nil, minLength: Int? = nil, maxLength: Int? = nil,
        pattern: String? = nil)
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    case number
    /// A number within whole bounds (a fraction: `numberIn(0...1)`).
    case numberIn(ClosedRange<Int>)
    case boolean
    case array(JSONSchema, minItems: Int? = nil, maxItems: Int? = nil)
    /// `additional`: `nil` leaves `additionalProperties` out; `true`/`false` states it.
    case object([(String, JSONSchema)], required: [String], additional: Bool? = nil)
    case map(JSONSchema)
    case nullable(JSONSchema)
    case reference(String)
    case any

    static let text = JSONSchema.string()

    /// A request object: optional properties may also be `null` (treated as absent). Unknown
    /// properties are ignored, not refused, and the document says so (`additionalProperties: true`):
    /// a client written against a newer version keeps working against an older server.
    static func request(_ properties: [(String, JSONSchema)], required: [String]) -> JSONSchema {
        .object(
            properties.map { required.contains($0.0) ? $0 : ($0.0, .nullable($0.1)) }, required: required,
            additional: true)
    }
    static let dateTime = JSONSchema.string(format: "date-time")

    /// The schema as a JSON value.
    var json: JSONValue {
        switch self {
        case .string(let format, let enumeration, let minLength, let maxLength, let pattern):
            var o: [(String, JSONValue)] = [("type", "string")]
            if let format { o.append(("format", .string(format))) }
            if let enumeration { o.append(("enum", .array(enumeration.map { .string($0) }))) }
            if let minLength { o.append(("minLength", .number(Double(minLength)))) }
            if let maxLength { o.append(("maxLength", .number(Double(maxLength)))) }
            if let pattern { o.append(("pattern", .string(pattern))) }
            return .fields(o)
        case .integer(let minimum, let maximum):
            var o: [(String, JSONValue)] = [("type", "integer")]
            if let minimum { o.append(("minimum", .number(Double(minimum)))) }
            if let maximum { o.append(("maximum", .number(Double(maximum)))) }
            return .fields(o)
        case .number: return .fields([("type", "number")])
        case .numberIn(let range):
            return .fields([
                ("type", "number"), ("minimum", .number(Double(range.lowerBound))),
                ("maximum", .number(Double(range.upperBound))),
            ])
        case .boolean: return .fields([("type", "boolean")])
        case .array(let items, let minItems, let maxItems):
            var o: [(String, JSONValue)] = [("type", "array"), ("items", items.json)]
            if let minItems { o.append(("minItems", .number(Double(minItems)))) }
            if let maxItems { o.append(("maxItems", .number(Double(maxItems)))) }
            return .fields(o)
        case .object(let properties, let required, let additional):
            var o: [(String, JSONValue)] = [
                ("type", "object"), ("properties", .fields(properties.map { ($0.0, $0.1.json) })),
            ]
            if !required.isEmpty { o.append(("required", .array(required.map { .string($0) }))) }
            if let additional { o.append(("additionalProperties", .bool(additional))) }
            return .fields(o)
        case .map(let values):
            return .fields([("type", "object"), ("additionalProperties", values.json)])
        case .nullable(let inner):
            return .fields([("anyOf", .array([inner.json, .fields([("type", "null")])]))])
        case .reference(let name): return .fields([("$ref", .string("#/components/schemas/\(name)"))])
        case .any: return .fields([])
        }
    }
}
