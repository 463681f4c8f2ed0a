import Foundation

/// A SQLite database file with one serialised writer and read-only readers.
///
/// ```swift
/// let store = try Store(path: "/tmp/sales.sqlite")
/// try store.write { db in try db.execute("CREATE TABLE t(x)") }
/// let rows = try store.read { db in try db.query("SELECT count(*) FROM t") }
/// ```
public final class Store: @unchecked Sendable {
    /// The database file.
    public let path: String
    // The writer is only touched while `lock` is held.
    private let lock = NSLock()
    private var writer: Connection?

    /// Opens (creating) the database at `path` in WAL mode.
    public init(path: String) throws {
        self.path = path
        let connection = try Connection(path: path)
        try connection.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON")
        self.writer = connection
    }

    /// Runs `body` with the one writing connection; callers are serialised.
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let writer else { throw StoreError(.open, "the store is closed") }
        return try body(writer)
    }

    /// Runs `body` with a fresh read-only connection, so readers never block each other or the writer.
    public func read<T>(_ body: (Connection) throws -> T) throws -> T {
        let connection = try Connection(path: path, mode: .readOnly)
        return try body(connection)
    }

    /// Closes the writer; later `write` calls fail.
    public func close() {
        lock.lock()
        writer = nil
        lock.unlock()
    }
}
