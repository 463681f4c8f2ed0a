import Foundation

/// The one JSON configuration of every surface (API responses, CLI output, chart exports):
/// keys sorted, slashes unescaped, and numbers written by `JSONNumber`'s rule.
///
/// ```swift
/// let bytes = try JSONCoding.encode(chart)                 // compact, for the API and `aiser ask`
/// let text = try JSONCoding.encode(report, pretty: true)   // indented, for CLI reports
/// let chart = try JSONCoding.decode(ChartData.self, from: bytes)
/// ```
public enum JSONCoding {
    /// Compact: sorted keys, slashes unescaped.
    public static let encoder: JSONEncoder = make(pretty: false)
    /// The same, indented (CLI reports and files people read).
    static let prettyEncoder: JSONEncoder = make(pretty: true)
    /// The decoder of every surface (request bodies, workflow documents, stored JSON).
    static let decoder = JSONDecoder()

    /// `value` as JSON bytes.
    public static func encode(_ value: some Encodable, pretty: Bool = false) throws -> Data {
        try (pretty ? prettyEncoder : encoder).encode(value)
    }

    /// `value` as JSON text.
    public static func string(_ value: some Encodable, pretty: Bool = false) throws -> String {
        String(decoding: try encode(value, pretty: pretty), as: UTF8.self)
    }

    /// A `T` read from JSON bytes.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try decoder.decode(type, from: data)
    }

    private static func make(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
