@testable import Serve

/// Request bodies made from a route's schema: the required properties with plain valid values
/// (ids from `ids` where a property names an object), and one text property at a time set to
/// an attack string.
struct SampleBody {
    /// Ids by property name (`data_source` → a data source id, `charts` → chart ids).
    let ids: [String: Any]

    /// The named schema a reference points to.
    static func resolve(_ schema: JSONSchema) -> JSONSchema {
        switch schema {
        case .reference(let name): return Components.schemas.first { $0.0 == name }.map { resolve($0.1) } ?? .any
        case .nullable(let inner): return resolve(inner)
        default: return schema
        }
    }

    /// A plain valid value of `schema` for the property `name`.
    func value(_ schema: JSONSchema, name: String) -> Any {
        if let id = ids[name] { return id }
        switch Self.resolve(schema) {
        case .string(let format, let enumeration, let minLength, _, _):
            if let first = enumeration?.first { return first }
            if format == "email" || name.contains("email") { return "probe@alpha.test" }
            if name.contains("password") { return "password-probe-1234" }
            if name == "url" { return "http://127.0.0.1:9/hook" }
            return String(repeating: "x", count: max(minLength ?? 1, 4))
        case .integer(let minimum, _): return minimum ?? 1
        case .number: return 1
        case .numberIn(let range): return range.lowerBound
        case .boolean: return false
        case .array(let items, let minItems, _):
            return Array(repeating: value(items, name: name), count: max(minItems ?? 1, 1))
        case .object(let properties, let required, _):
            var out: [String: Any] = [:]
            for (key, property) in properties where required.contains(key) { out[key] = value(property, name: key) }
            return out
        case .map, .any, .nullable, .reference: return [String: Any]()
        }
    }

    /// The paths of the text properties of `schema` (one level of nested objects deep), except
    /// passwords (a changed password would end the probing session, and they are only hashed).
    static func textPaths(_ schema: JSONSchema, depth: Int = 0) -> [[String]] {
        guard case .object(let properties, _, _) = resolve(schema) else { return [] }
        var out: [[String]] = []
        for (key, property) in properties where !key.contains("password") {
            switch resolve(property) {
            case .string, .any: out.append([key])
            case .array(let items, _, _):
                if case .string = resolve(items) { out.append([key]) }
            case .object where depth == 0: out += textPaths(property, depth: 1).map { [key] + $0 }
            default: break
            }
        }
        return out
    }

    /// The body of `schema` with the text property at `path` set to `text` (an array property
    /// to `[text]`).
    func body(_ schema: JSONSchema, setting path: [String], to text: String) -> [String: Any] {
        var out = value(schema, name: "") as? [String: Any] ?? [:]
        guard let key = path.first, case .object(let properties, _, _) = Self.resolve(schema),
            let property = properties.first(where: { $0.0 == key })?.1
        else { return out }
        if path.count > 1 {
            out[key] = body(property, setting: Array(path.dropFirst()), to: text)
        } else if case .array = Self.resolve(property) {
            out[key] = [text]
        } else {
            out[key] = text
        }
        return out
    }
}
