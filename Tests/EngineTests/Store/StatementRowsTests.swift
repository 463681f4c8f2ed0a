import Testing

@testable import Engine

@Suite("Statement rows")
struct StatementRowsTests {
    @Test("one prepared statement answers each binding with its rows and is reset in between")
    func rerun() throws {
        let db = try Connection.inMemory()
        try db.execute(
            "CREATE TABLE t(x INTEGER, y TEXT, z REAL, b BLOB); INSERT INTO t VALUES (1,'a',1.5,NULL),(2,'b',NULL,x'0102')"
        )
        let statement = try db.prepare("SELECT x, y, z, b FROM t WHERE x >= ? ORDER BY x")
        #expect(
            try statement.rows(binding: [.integer(1)]) == [
                [.integer(1), .text("a"), .real(1.5), .null], [.integer(2), .text("b"), .null, .blob([1, 2])],
            ])
        #expect(try statement.rows(binding: [.integer(2)]) == [[.integer(2), .text("b"), .null, .blob([1, 2])]])
        #expect(try statement.rows(binding: [.integer(3)]).isEmpty)
        // Reset after reading, the statement holds no read transaction: a write on the same connection commits.
        try db.run("INSERT INTO t VALUES (3,'c',NULL,NULL)")
        #expect(try statement.rows(binding: [.integer(3)]) == [[.integer(3), .text("c"), .null, .null]])
    }

    @Test("a failing step throws and leaves the statement usable")
    func failure() throws {
        let db = try Connection.inMemory()
        try db.execute("CREATE TABLE t(x INTEGER CHECK (x < 10))")
        let insert = try db.prepare("INSERT INTO t VALUES (?)")
        #expect(throws: StoreError.self) { try insert.rows(binding: [.integer(11)]) }
        #expect(try insert.rows(binding: [.integer(1)]).isEmpty)
        #expect(try db.query("SELECT x FROM t").rows == [[.integer(1)]])
    }
}
