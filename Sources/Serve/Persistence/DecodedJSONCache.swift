import Engine
import Foundation
import Synchronization

/// Remembers what small stored JSON texts decode to (user preferences repeat across users and
/// requests), so reading a row does not run the JSON decoder each time. Decoding is a pure
/// function of the text, so a remembered value is always the decoded one.
final class DecodedJSONCache<Value: Decodable & Sendable>: Sendable {
    /// The most texts remembered; past it the cache starts over.
    let capacity: Int
    private let values = Mutex<[String: Value]>([:])

    init(capacity: Int = 256) { self.capacity = capacity }

    /// `text` decoded, or `fallback` when it is not a valid `Value`.
    func decode(_ text: String, default fallback: Value) -> Value {
        if let known = values.withLock({ $0[text] }) { return known }
        guard let value = try? JSONCoding.decode(Value.self, from: Data(text.utf8)) else { return fallback }
        values.withLock { v in
            if v.count >= capacity { v.removeAll(keepingCapacity: true) }
            v[text] = value
        }
        return value
    }
}
