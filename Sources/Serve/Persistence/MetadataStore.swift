import Engine
import Foundation
import Synchronization

/// The metadata database (users, organizations, tokens, data sources …): SQLite in WAL mode
/// through Engine's `Store`, migrated on open. Async at this boundary, synchronous inside: writes,
/// lists, counts, searches and every other read run on the store's own `BlockingPool` of
/// `threads` threads, never on Swift's cooperative pool (the password hasher shares the pool).
/// Keyed lookups are the one exception (`lookup`): they run on the caller. Reads reuse a small
/// pool of read-only connections, each with its prepared statements (opening a connection and
/// preparing per query dominated the cost of an authenticated request).
final class MetadataStore: Sendable {
    /// Threads of the store's pool: SQLite reads and writes and bcrypt run at most this many at
    /// once; more wait in its queue.
    static let threads = 4
    /// Idle read connections kept: one per pool thread and one per core for lookups.
    static let maximumIdleReaders = threads + ProcessInfo.processInfo.activeProcessorCount

    let store: Store
    /// The store's threads for blocking work.
    let pool: BlockingPool
    private let readers = Mutex<[MetadataReader]>([])
    private let changes: ChangeWatcher

    init(path: String) throws {
        store = try Store(path: path)
        try store.write { try Migrations.run(on: $0) }
        changes = try ChangeWatcher(path: path)
        pool = BlockingPool(threads: Self.threads)
    }

    /// Runs `body` on the pool with a pooled read-only connection.
    func read<T: Sendable>(_ body: @escaping @Sendable (MetadataReader) throws -> T) async throws -> T {
        try await pool.run { [self] in try lookup(body) }
    }

    /// Runs `body` on the CALLER's thread with a pooled read-only connection — only for keyed
    /// lookups: statements that find at most a few rows through a primary key or a unique or
    /// per-user index (a credential, a user, an organization, a source or a chart by id). In WAL
    /// mode such a read never waits for the writer or a checkpoint, and it takes a few
    /// microseconds, while the hop to the pool and back costs tens (it was the largest cost of an
    /// authenticated GET: bench/README.md). Anything that may scan — lists, counts over an
    /// organization, searches — uses `read`.
    func lookup<T>(_ body: (MetadataReader) throws -> T) throws -> T {
        let reader =
            try readers.withLock { $0.popLast() } ?? MetadataReader(Connection(path: store.path, mode: .readOnly))
        defer { readers.withLock { if $0.count < Self.maximumIdleReaders { $0.append(reader) } } }
        return try body(reader)
    }

    /// Runs `body` on the pool with the one writing connection (writers are serialised).
    func write<T: Sendable>(_ body: @escaping @Sendable (Connection) throws -> T) async throws -> T {
        try await pool.run { [store] in try store.write(body) }
    }

    /// A number that changes whenever anyone (this process's writer or another process)
    /// commits to the database: caches derived from it are valid while it stays the same.
    /// Runs on the caller: one `PRAGMA data_version` step that never waits for a lock (WAL).
    func changeCount() throws -> Int64 { try changes.count() }

    /// Whether the database file answers on a fresh connection (for `/readyz`).
    func isReady() async -> Bool {
        (try? await pool.run { [store] in try store.read { try $0.query("SELECT 1").rows.count == 1 } }) ?? false
    }

    /// Closes the connections; later reads and writes fail. The pool's threads stop when the
    /// last owner lets go of it (`shutdown()` stops them now).
    func close() {
        readers.withLock { $0.removeAll() }
        store.close()
    }

    /// Closes the connections and stops the pool's threads once running work is done.
    func shutdown() async {
        close()
        await pool.shutdown()
    }
}
