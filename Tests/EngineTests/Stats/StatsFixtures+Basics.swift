import Foundation

extension StatsFixtures {
    /// `basics.json` as plain JSON objects (many small heterogeneous tables).
    static func basics() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url("basics.json")))
        return object as? [String: Any] ?? [:]
    }

    static func table(_ key: String) throws -> [[String: Any]] {
        try basics()[key] as? [[String: Any]] ?? []
    }

    static func rows(_ key: String) throws -> [[Double]] {
        let d = try basics()["distributions"] as? [String: Any] ?? [:]
        return (d[key] as? [[Any]] ?? []).map { $0.compactMap { ($0 as? NSNumber)?.doubleValue } }
    }

    static func values(_ name: String) throws -> [Double] {
        try series()[name]?.values ?? []
    }

    /// |a − b| ≤ tol·max(|b|, tiny).
    static func close(_ a: Double, _ b: Double, relative tol: Double = 1e-6, absolute: Double = 1e-300) -> Bool {
        abs(a - b) <= max(tol * abs(b), absolute)
    }
}
