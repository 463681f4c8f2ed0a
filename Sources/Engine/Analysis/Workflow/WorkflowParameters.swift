import Foundation

/// Typed reads of one step's parameters; every failure names the step and the field.
struct WorkflowParameters {
    let label: String
    let values: [String: JSONValue]

    init(step: WorkflowDocument.Step, index: Int, allowed: Set<String>) throws {
        label = "step \(step.step ?? index + 1) (\(step.type))"
        values = step.parameters
        if let unknown = values.keys.sorted().first(where: { !allowed.contains($0) }) {
            let names = allowed.sorted().joined(separator: ", ")
            throw AnalysisError("\(label): unknown parameter \"\(unknown)\"; expected one of \(names)")
        }
    }

    func fail(_ field: String, _ expectation: String) -> AnalysisError {
        AnalysisError("\(label): parameter \(field) must be \(expectation), got \(values[field]?.display ?? "nothing")")
    }

    func string(_ field: String, oneOf choices: [String]? = nil) throws -> String? {
        guard let v = values[field], v != .null else { return nil }
        let expectation = choices.map { "one of " + $0.joined(separator: ", ") } ?? "a string"
        guard case .string(let s) = v else { throw fail(field, expectation) }
        if let choices, !choices.contains(s) { throw fail(field, expectation) }
        return s
    }

    func int(_ field: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let v = values[field], v != .null else { return nil }
        guard case .number(let d) = v, d == d.rounded(), let i = Int(exactly: d), range.contains(i) else {
            throw fail(field, "an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return i
    }

    func double(_ field: String, above low: Double, below high: Double) throws -> Double? {
        guard let v = values[field], v != .null else { return nil }
        guard case .number(let d) = v, d > low, d < high else {
            throw fail(field, "a number between \(low) and \(high)")
        }
        return d
    }

    func bool(_ field: String) throws -> Bool? {
        guard let v = values[field], v != .null else { return nil }
        guard case .bool(let b) = v else { throw fail(field, "true or false") }
        return b
    }

    func strings(_ field: String, oneOf choices: [String]) throws -> [String] {
        guard let v = values[field], v != .null else { return [] }
        let expectation = "an array of " + choices.joined(separator: ", ")
        guard case .array(let items) = v else { throw fail(field, expectation) }
        return try items.map {
            guard case .string(let s) = $0, choices.contains(s) else { throw fail(field, expectation) }
            return s
        }
    }

    /// Non-negative integers given as an array `[1, 1, 1]` or a text `"1,1,1"`.
    func order(_ field: String, count: Int) throws -> [Int]? {
        guard let v = values[field], v != .null else { return nil }
        let expectation = "\(count) non-negative integers"
        let parts: [Int?]
        switch v {
        case .array(let items):
            parts = items.map { if case .number(let d) = $0 { return Int(exactly: d) } else { return nil } }
        case .string(let s):
            parts = s.split(separator: ",", omittingEmptySubsequences: false).map {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
        default: throw fail(field, expectation)
        }
        guard parts.count == count, parts.allSatisfy({ ($0 ?? -1) >= 0 }) else { throw fail(field, expectation) }
        return parts.compactMap { $0 }
    }
}
