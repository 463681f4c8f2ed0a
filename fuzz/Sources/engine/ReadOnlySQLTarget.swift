import Foundation
import FuzzKit

@testable import Engine

/// The read-only SQL guard (`aiser query`, SQL blocks): a statement either runs without changing
/// anything or is refused with a `QueryError`. After every input the database must be exactly
/// as it was (same schema version, no row changed) and still hold its rows.
struct ReadOnlySQLTarget: FuzzTarget {
    static let name = "readonly-sql"
    let db: Connection
    let changesBefore: SQLValue
    let schemaBefore: SQLValue

    init() throws {
        db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE t(region TEXT, year INTEGER, sales REAL);
            INSERT INTO t VALUES ('north',2023,10.5),('south',2024,NULL),('east',2025,-3);
            CREATE VIEW v AS SELECT region, sales FROM t;
            """)
        changesBefore = try db.query("SELECT total_changes()").rows[0][0]
        schemaBefore = try db.query("PRAGMA schema_version").rows[0][0]
    }

    func run(_ data: [UInt8]) {
        let guardrail = ReadOnlySQL(limits: .init(timeout: .milliseconds(250), maxRows: 100))
        do {
            _ = try guardrail.run(
                String(decoding: data, as: UTF8.self), on: db, parameters: ["p": .integer(1)], positional: [.text("x")])
        } catch {
            Finding.expect(error, in: Self.name) { $0 is QueryError }
        }
        do {
            let changes = try db.query("SELECT total_changes()").rows[0][0]
            let schema = try db.query("PRAGMA schema_version").rows[0][0]
            let rows = try db.query("SELECT count(*) FROM t").rows[0][0]
            if changes != changesBefore || schema != schemaBefore || rows != .integer(3) {
                Finding.fail(Self.name, "the database changed: changes \(changes), schema \(schema), rows \(rows)")
            }
        } catch {
            Finding.fail(Self.name, "the database is no longer readable: \(error)")
        }
    }
}
