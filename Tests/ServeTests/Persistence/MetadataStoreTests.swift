import Engine
import Foundation
import TestSupport
import Testing

@testable import Serve

@Suite("Metadata store")
struct MetadataStoreTests {
    @Test("the change count moves with every commit, by this store's writer or another connection, not with reads")
    func changeCount() async throws {
        let dir = try TemporaryDirectory("aiser-metadata")
        defer { dir.remove() }
        let store = try MetadataStore(path: dir.path("m.sqlite"))
        let start = try store.changeCount()
        #expect(try store.changeCount() == start)
        _ = try await store.read { try $0.rows("SELECT count(*) FROM users") }
        #expect(try store.changeCount() == start)
        try await store.write { try $0.execute("CREATE TABLE t(x)") }
        let afterWrite = try store.changeCount()
        #expect(afterWrite > start)
        let other = try Connection(path: dir.path("m.sqlite"))
        try other.run("INSERT INTO t VALUES (1)")
        #expect(try store.changeCount() > afterWrite)
        store.close()
    }

    @Test("with several watching connections, every look after a commit is above every look before it")
    func changeCountAcrossConnections() async throws {
        let dir = try TemporaryDirectory("aiser-metadata")
        defer { dir.remove() }
        let path = dir.path("m.sqlite")
        let writer = try Connection(path: path)
        try writer.execute("PRAGMA journal_mode=WAL; CREATE TABLE t(x)")
        let watcher = try ChangeWatcher(path: path, connections: 3)
        // Many threads at once spread the looks over the connections.
        func looks() async throws -> [Int64] {
            try await withThrowingTaskGroup(of: [Int64].self) { group in
                for _ in 0..<8 { group.addTask { try (0..<200).map { _ in try watcher.count() } } }
                return try await group.reduce(into: []) { $0 += $1 }
            }
        }
        var before = try await looks()
        for round in 1...5 {
            try writer.run("INSERT INTO t VALUES (?)", [.integer(Int64(round))])
            let after = try await looks()
            #expect(after.min()! > before.max()!, "round \(round)")
            before = after
        }
        // With no commit, the generation moves at most once per connection: a connection that no
        // look happened to use since the last commit still sees that commit on its first look (on
        // a loaded machine the first connections are nearly always the free ones).
        let still = try await looks()
        #expect(still.allSatisfy { $0 >= before.max()! && $0 <= before.max()! + 3 }, "\(Set(still))")
    }

    @Test("pooled readers rerun prepared statements with new values and see new commits")
    func preparedStatements() async throws {
        let dir = try TemporaryDirectory("aiser-metadata")
        defer { dir.remove() }
        let store = try MetadataStore(path: dir.path("m.sqlite"))
        try await store.write {
            try $0.execute("CREATE TABLE t(x INTEGER, y TEXT); INSERT INTO t VALUES (1,'a'),(2,'b')")
        }
        let sql = "SELECT y FROM t WHERE x >= ? ORDER BY x"
        #expect(try await store.read { try $0.rows(sql, [.integer(1)]) } == [[.text("a")], [.text("b")]])
        #expect(try await store.read { try $0.rows(sql, [.integer(2)]) } == [[.text("b")]])
        #expect(try await store.read { try $0.firstRow(sql, [.integer(3)]) } == nil)
        try await store.write { try $0.run("INSERT INTO t VALUES (3, 'c')") }
        #expect(try await store.read { try $0.rows(sql, [.integer(2)]) } == [[.text("b")], [.text("c")]])
        // A failing statement leaves the reader usable.
        await #expect(throws: StoreError.self) { try await store.read { try $0.rows("SELECT nope FROM t") } }
        #expect(try await store.read { try $0.firstRow(sql, [.integer(3)]) } == [.text("c")])
        store.close()
    }
}

@Suite("Decoded JSON cache")
struct DecodedJSONCacheTests {
    @Test("texts decode as the decoder does, invalid ones give the fallback, and a full cache starts over")
    func decode() {
        let cache = DecodedJSONCache<Preferences>(capacity: 2)
        let dark = #"{"language":"de","theme":"dark","timezone":"Europe/Berlin"}"#
        let expected = Preferences(theme: "dark", language: "de", timezone: "Europe/Berlin")
        #expect(cache.decode(dark, default: Preferences()) == expected)
        #expect(cache.decode(dark, default: Preferences()) == expected)
        #expect(cache.decode("{not json", default: Preferences(theme: "x")) == Preferences(theme: "x"))
        let a = #"{"language":"en","theme":"a","timezone":"UTC"}"#
        let b = #"{"language":"en","theme":"b","timezone":"UTC"}"#
        #expect(cache.decode(a, default: Preferences()) == Preferences(theme: "a"))
        #expect(cache.decode(b, default: Preferences()) == Preferences(theme: "b"))
        // Keys are all required, as with the plain decoder.
        #expect(
            cache.decode(#"{"theme":"c"}"#, default: Preferences(theme: "fallback")) == Preferences(theme: "fallback"))
        #expect(cache.decode(dark, default: Preferences()) == expected)
    }

    @Test("a keyed lookup runs on the caller and never waits for a writer holding the database")
    func lookupDuringWrite() async throws {
        let dir = try TemporaryDirectory("aiser-metadata")
        defer { dir.remove() }
        let store = try MetadataStore(path: dir.path("m.sqlite"))
        try await store.write {
            try $0.execute("CREATE TABLE t(x INTEGER PRIMARY KEY, y TEXT); INSERT INTO t VALUES (1,'a')")
        }
        let sql = "SELECT y FROM t WHERE x = ?"
        // Another process's writer holds the write lock with an uncommitted change.
        let other = try Connection(path: dir.path("m.sqlite"))
        try other.execute("BEGIN IMMEDIATE; UPDATE t SET y = 'b' WHERE x = 1")
        // Waiting for the lock would end in SQLITE_BUSY after the busy timeout, not in the old row.
        #expect(try store.lookup { try $0.firstRow(sql, [.integer(1)]) } == [.text("a")])
        try other.execute("COMMIT")
        #expect(try store.lookup { try $0.firstRow(sql, [.integer(1)]) } == [.text("b")])
        store.close()
    }
}
