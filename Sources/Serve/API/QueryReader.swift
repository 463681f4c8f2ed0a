import Foundation
import Hummingbird

/// Typed, validated access to a request's query parameters.
struct QueryReader: Sendable {
    let parameters: [String: String]
    let all: [(String, String)]

    init(_ request: Request) { self.init(query: request.uri.query ?? "") }

    /// Reads `query` as `application/x-www-form-urlencoded`, the way browsers' `URLSearchParams`
    /// and Python's `urlencode` write it: `+` is a space, `%XX` a byte, in names and values alike.
    init(query: String) {
        func decode(_ part: Substring) -> String {
            let text = part.replacingOccurrences(of: "+", with: " ")
            return text.removingPercentEncoding ?? text
        }
        var dict: [String: String] = [:]
        var all: [(String, String)] = []
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let (name, value) = (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
            dict[name] = value
            all.append((name, value))
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
