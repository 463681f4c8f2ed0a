import Engine
import Foundation

/// JSON columns of the metadata database (preferences, settings, tags, schema).
enum StoredJSON {
    static func encode<T: Encodable>(_ value: T) -> String {
        (try? JSONCoding.string(value)) ?? "null"
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String, default fallback: T) -> T {
        (try? JSONCoding.decode(T.self, from: Data(text.utf8))) ?? fallback
    }
}
