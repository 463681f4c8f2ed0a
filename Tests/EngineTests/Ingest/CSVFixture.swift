import Foundation
import Testing

@testable import Engine

/// Access to the CSV fixtures and a fresh database to load them into.
enum CSVFixture {
    /// The URL of `Fixtures/csv/<name>`.
    static func url(_ name: String) throws -> URL {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return root.appendingPathComponent("csv").appendingPathComponent(name)
    }

    /// Loads fixture `name` into a new in-memory database as table `t`.
    static func load(_ name: String, options: IngestOptions = .init()) throws -> (LoadReport, Connection) {
        let db = try Connection.inMemory()
        let report = try Ingestor.load(try url(name), into: db, table: "t", options: options)
        return (report, db)
    }

    /// Every row of `SELECT columns FROM t ORDER BY rowid`.
    static func rows(_ db: Connection, _ columns: String) throws -> [[SQLValue]] {
        try db.query("SELECT \(columns) FROM t ORDER BY rowid").rows
    }
}
