import Testing

@testable import Engine

@Suite("SQLite connection")
struct ConnectionTests {
    @Test("binds values instead of splicing them into SQL")
    func bindsValues() throws {
        let db = try Connection.inMemory()
        try db.execute("CREATE TABLE t(name TEXT, n INTEGER, x REAL)")
        try db.run("INSERT INTO t VALUES (?, ?, ?)", [.text("O'Brien\"; DROP TABLE t; --"), 3, 1.5])
        let r = try db.query("SELECT name, n, x FROM t WHERE name = ?", [.text("O'Brien\"; DROP TABLE t; --")])
        #expect(r.rows == [[.text("O'Brien\"; DROP TABLE t; --"), .integer(3), .real(1.5)]])
        #expect(r.columns.map(\.type) == [.string, .integer, .decimal])
    }

    @Test("quotes identifiers in one place, doubling embedded quotes")
    func quotesIdentifiers() throws {
        #expect(Identifier.quote("a\"b") == "\"a\"\"b\"")
        let db = try Connection.inMemory()
        let name = "we\"ird; table"
        try db.execute("CREATE TABLE \(Identifier.quote(name)) (\(Identifier.quote("col\"x")) INTEGER)")
        #expect(try db.tableNames() == [name])
        #expect(try db.columns(of: name).map(\.name) == ["col\"x"])
    }

    @Test("median aggregate ignores NULLs and text, averages the middle pair")
    func median() throws {
        let db = try Connection.inMemory()
        try db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (5),(1),(NULL),('a'),(3),(10)")
        #expect(try db.query("SELECT median(x) FROM t").rows == [[.real(4)]])
        #expect(try db.query("SELECT median(x) FROM t WHERE x > 100").rows == [[.null]])
        #expect(try db.query("SELECT median(x) FROM t WHERE x < 4").rows == [[.real(2)]])
    }

    @Test("a failed transaction leaves nothing behind")
    func rollback() throws {
        let db = try Connection.inMemory()
        try db.execute("CREATE TABLE t(x INTEGER)")
        #expect(throws: StoreError.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                try db.run("INSERT INTO nope VALUES (1)")
            }
        }
        #expect(try db.query("SELECT count(*) FROM t").rows == [[.integer(0)]])
    }

    @Test("prepare errors carry SQLite's byte offset")
    func errorOffset() throws {
        let db = try Connection.inMemory()
        try db.execute("CREATE TABLE t(a)")
        let error = #expect(throws: StoreError.self) { try db.prepare("SELECT b FROM t") }
        #expect(error?.message == "no such column: b")
        #expect(error?.offset == 7)
    }
}
