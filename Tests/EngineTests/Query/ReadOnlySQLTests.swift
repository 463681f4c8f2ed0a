import Foundation
import TestSupport
import Testing

@testable import Engine

@Suite("Read-only raw SQL")
struct ReadOnlySQLTests {
    func db() throws -> Connection {
        let db = try Connection.inMemory()
        try db.execute("CREATE TABLE t(region TEXT, n INTEGER); INSERT INTO t VALUES ('North',1),('South',2)")
        return db
    }

    @Test("runs SELECT with named and positional parameters bound")
    func select() throws {
        let r = try ReadOnlySQL().run(
            "SELECT n FROM t WHERE region = :region OR n = ?", on: try db(), parameters: ["region": "South"],
            positional: [1])
        #expect(r.rows == [[1], [2]])
    }

    @Test(
        "refuses writes, DDL, ATTACH and PRAGMA by the authorizer",
        arguments: [
            "DELETE FROM t", "INSERT INTO t VALUES ('x', 3)", "UPDATE t SET n = 0", "DROP TABLE t",
            "CREATE TABLE u(x)", "ATTACH DATABASE ':memory:' AS other", "PRAGMA journal_mode=DELETE",
            "WITH x AS (SELECT 1) DELETE FROM t",
        ])
    func refusesWrites(sql: String) throws {
        let conn = try db()
        #expect(throws: QueryError.self) { try ReadOnlySQL().run(sql, on: conn) }
        #expect(try conn.query("SELECT count(*) FROM t").rows == [[2]])
    }

    @Test("locates syntax errors at line and column")
    func position() throws {
        let e = #expect(throws: QueryError.self) {
            try ReadOnlySQL().run("SELECT region,\n  n\nFROM nowhere", on: try db())
        }
        #expect(e?.line == 3)
        #expect(e?.column == 6)
        #expect(e?.description == "3:6: no such table: nowhere")
        let syntax = #expect(throws: QueryError.self) {
            try ReadOnlySQL().run("SELECT n\nFROM t WHERE )", on: try db())
        }
        #expect(syntax?.description == #"2:14: near ")": syntax error"#)
    }

    @Test("interrupts a runaway query at the time limit")
    func timeout() throws {
        let sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
        let e = #expect(throws: QueryError.self) {
            try ReadOnlySQL(limits: .init(timeout: .milliseconds(200))).run(sql, on: try db())
        }
        #expect(e?.message.contains("time limit") == true)
    }

    @Test("caps rows and says the result was truncated")
    func rowCap() throws {
        let sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 100) SELECT x FROM c"
        let r = try ReadOnlySQL(limits: .init(maxRows: 10)).run(sql, on: try db())
        #expect(r.rows.count == 10)
        #expect(r.truncated)
    }

    @Test("a missing parameter is an error, not NULL")
    func missingParameter() throws {
        #expect(throws: QueryError.self) { try ReadOnlySQL().run("SELECT * FROM t WHERE region = :r", on: try db()) }
    }

    @Test(
        "refuses a second statement instead of silently ignoring it (regression: issue 17 finding 5)",
        arguments: ["SELECT 1; garbage(((", "SELECT n FROM t;\nDELETE FROM t", "SELECT 1; SELECT 2"])
    func secondStatement(sql: String) throws {
        let e = #expect(throws: QueryError.self) { try ReadOnlySQL().run(sql, on: try db()) }
        #expect(e?.message.contains("only one statement") == true)
    }

    @Test("locates the second statement at its line and column")
    func secondStatementPosition() throws {
        let e = #expect(throws: QueryError.self) { try ReadOnlySQL().run("SELECT 1;\n  garbage(((", on: try db()) }
        #expect(e?.line == 2)
        #expect(e?.column == 3)
    }

    @Test("accepts a trailing semicolon, spaces and comments after the statement")
    func trailingComments() throws {
        let r = try ReadOnlySQL().run("SELECT n FROM t ORDER BY n; -- done\n/* really */ ;\n", on: try db())
        #expect(r.rows == [[1], [2]])
    }

    @Test(
        "refuses REINDEX, VACUUM and ANALYZE (regression: REINDEX was allowed)",
        arguments: ["REINDEX", "reindex t", "VACUUM", "/* x */ ANALYZE", "ANALYZE t"])
    func maintenance(sql: String) throws {
        let conn = try db()
        try conn.execute("CREATE INDEX t_n ON t(n)")
        let e = #expect(throws: QueryError.self) { try ReadOnlySQL().run(sql, on: conn) }
        #expect(e?.message.hasPrefix("not allowed in a read-only query") == true)
    }
}
