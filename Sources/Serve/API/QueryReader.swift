import Foundation
import Hummingbird

/// Typed, validated access to a request's query parameters.
struct QueryReader: Sendable {
    let parameters: [String: String]
    let all: [(String, String)]

    init(_ request: Request) {
        let q = request.uri.queryParameters
        var dict: [String: String] = [:]
        var all: [(String, String)] = []
        for (k, v) in q {
            dict[String(k)] = String(v)
            all.append((String(k), String(v)))
        }
        parameters = dict
        self.all = all
    }

    func string(_ name: String) -> String? { parameters[name] }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = parameters[name] else { return nil }
        guard let n = Int(text), range.contains(n) else {
            throw APIError.validation(name, "Must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return n
    }

    func enumeration<T: RawRepresentable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let text = parameters[name] else { return nil }
        guard let value = T(rawValue: text) else { throw APIError.validation(name, "Unknown value.") }
        return value
    }

    /// Every value of a repeated or comma-separated parameter.
    func list(_ name: String) -> [String] {
        all.filter { $0.0 == name || $0.0 == name + "[]" }
            .flatMap { $0.1.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
    }
}
