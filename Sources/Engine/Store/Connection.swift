import CSQLite
import Foundation

/// One SQLite connection. Not thread-safe: use it from one thread at a time (the `Store`
/// hands connections out inside closures).
public final class Connection {
    /// How to open the database file.
    public enum Mode: Sendable {
        case readWrite
        case readOnly
    }

    let handle: OpaquePointer
    /// The path of the database file (`:memory:` for an in-memory database).
    public let path: String
    public let mode: Mode

    /// Opens (creating when read-write) the database at `path`.
    public init(path: String, mode: Mode = .readWrite) throws {
        var db: OpaquePointer?
        let flags: Int32 =
            mode == .readOnly
            ? SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close_v2(db) }
            throw StoreError(.open, "cannot open database: \(message)", code: rc)
        }
        self.handle = db
        self.path = path
        self.mode = mode
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, 5_000)
        Functions.register(on: db)
    }

    /// A private in-memory database.
    public static func inMemory() throws -> Connection { try Connection(path: ":memory:") }

    deinit { sqlite3_close_v2(handle) }

    /// Runs one or more statements that return no rows and bind nothing (DDL, pragmas).
    public func execute(_ sql: String) throws {
        var err: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &err)
        if rc != SQLITE_OK {
            let message = err.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(err)
            throw StoreError(.step, message, code: rc)
        }
    }

    /// Prepares one statement.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// Runs a statement with bound values and returns the number of changed rows.
    @discardableResult
    public func run(_ sql: String, _ values: [SQLValue] = []) throws -> Int {
        let statement = try prepare(sql)
        try statement.bind(values)
        while try statement.step() {}
        return Int(sqlite3_changes(handle))
    }

    /// Runs a query with bound values and collects every row.
    public func query(_ sql: String, _ values: [SQLValue] = [], maxRows: Int? = nil) throws -> QueryResult {
        let statement = try prepare(sql)
        try statement.bind(values)
        return try statement.collect(maxRows: maxRows)
    }

    /// Runs `body` inside a transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The names of the user tables in this database.
    public func tableNames() throws -> [String] {
        try query(
            "SELECT name FROM sqlite_schema WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).rows.compactMap { $0[0].string }
    }

    /// The columns of `table` with their logical types.
    func columns(of table: String) throws -> [QueryResult.Column] {
        let info = try query("SELECT name, type FROM pragma_table_info(?)", [.text(table)])
        return info.rows.map {
            QueryResult.Column(name: $0[0].string ?? "", type: ColumnType(declaredType: $0[1].string ?? ""))
        }
    }

    /// Asks SQLite to abandon the statement running on this connection (safe from any thread).
    func interrupt() { sqlite3_interrupt(handle) }

    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }
}
