import Foundation
import Testing

@testable import Engine

/// The differential-test table `orders` loaded twice: into SQLite by the real ingest, and into
/// columns; plus helpers that run one query both ways.
final class ColumnarFixture: @unchecked Sendable {
    static let shared = Result { try ColumnarFixture() }

    let sqlite: Connection
    let table: ColumnarTable
    private let lock = NSLock()

    private init() throws {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = root.appendingPathComponent("columnar/orders.csv")
        sqlite = try Connection.inMemory()
        _ = try Ingestor.load(url, into: sqlite, table: "orders")
        table = try ColumnarTable.load(url, as: "orders")
    }

    /// SQLite's result (or its error) for `sql`.
    func expected(_ sql: String, _ parameters: [String: SQLValue] = [:]) -> Result<QueryResult, any Error> {
        lock.lock()
        defer { lock.unlock() }
        return Result { try ReadOnlySQL().run(sql, on: sqlite, parameters: parameters) }
    }

    /// The columnar result (or its error) for `sql`.
    func actual(_ sql: String, _ parameters: [String: SQLValue] = [:], extra: [String: ColumnarTable] = [:])
        -> Result<QueryResult, any Error>
    {
        Result {
            try ColumnarSQL().run(sql, tables: extra.merging(["orders": table]) { a, _ in a }, parameters: parameters)
        }
    }

    /// A readable difference between two results, or `nil` when they are identical.
    static func difference(_ a: QueryResult, _ b: QueryResult) -> String? {
        if a.columns != b.columns { return "columns \(a.columns) vs \(b.columns)" }
        if a.rows.count != b.rows.count { return "\(a.rows.count) rows vs \(b.rows.count)" }
        for (i, (x, y)) in zip(a.rows, b.rows).enumerated() where !same(x, y) {
            return "row \(i): \(x) vs \(y)"
        }
        return a.truncated == b.truncated ? nil : "truncated differs"
    }

    /// Rows equal value by value, reals bit for bit.
    static func same(_ x: [SQLValue], _ y: [SQLValue]) -> Bool {
        guard x.count == y.count else { return false }
        for (a, b) in zip(x, y) {
            switch (a, b) {
            case (.real(let p), .real(let q)): if p.bitPattern != q.bitPattern { return false }
            default: if a != b { return false }
            }
        }
        return true
    }
}
