import Engine
import Foundation
import Synchronization

/// The metadata database (users, organizations, tokens, data sources …): SQLite in WAL mode
/// through Engine's `Store`, migrated on open. Async at this boundary, synchronous inside.
/// Reads reuse a small pool of read-only connections, each with its prepared statements
/// (opening a connection and preparing per query dominated the cost of an authenticated request).
final class MetadataStore: Sendable {
    let store: Store
    private let readers = Mutex<[MetadataReader]>([])
    private let changes: ChangeWatcher
    static let maximumIdleReaders = 8

    init(path: String) throws {
        store = try Store(path: path)
        try store.write { try Migrations.run(on: $0) }
        changes = try ChangeWatcher(path: path)
    }

    func read<T: Sendable>(_ body: @Sendable (MetadataReader) throws -> T) async throws -> T {
        let reader =
            try readers.withLock { $0.popLast() } ?? MetadataReader(Connection(path: store.path, mode: .readOnly))
        defer { readers.withLock { if $0.count < Self.maximumIdleReaders { $0.append(reader) } } }
        return try body(reader)
    }

    func write<T: Sendable>(_ body: @Sendable (Connection) throws -> T) async throws -> T {
        try store.write(body)
    }

    /// A number that changes whenever anyone (this process's writer or another process)
    /// commits to the database: caches derived from it are valid while it stays the same.
    func changeCount() throws -> Int64 { try changes.count() }

    /// Whether the database file answers on a fresh connection (for `/readyz`).
    func isReady() async -> Bool {
        (try? store.read { try $0.query("SELECT 1").rows.count == 1 }) ?? false
    }

    func close() {
        readers.withLock { $0.removeAll() }
        store.close()
    }
}
