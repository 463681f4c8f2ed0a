import Engine

extension JSONValue {
    /// An object from key–value pairs, written as the document reads (a later duplicate key
    /// wins); the encoder sorts the keys.
    static func fields(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(Dictionary(pairs, uniquingKeysWith: { _, last in last }))
    }
}
