import Engine
import Foundation
import Synchronization

/// The metadata database (users, organizations, tokens, data sources …): SQLite in WAL mode
/// through Engine's `Store`, migrated on open. Async at this boundary, synchronous inside.
/// Reads reuse a small pool of read-only connections (opening one per query dominated the
/// cost of an authenticated request).
final class MetadataStore: Sendable {
    let store: Store
    private let readers = Mutex<[ReaderBox]>([])
    static let maximumIdleReaders = 8

    /// A read-only connection handed to one reader at a time.
    private final class ReaderBox: @unchecked Sendable {
        let connection: Connection
        init(_ connection: Connection) { self.connection = connection }
    }

    init(path: String) throws {
        store = try Store(path: path)
        try store.write { try Migrations.run(on: $0) }
    }

    func read<T: Sendable>(_ body: @Sendable (Connection) throws -> T) async throws -> T {
        let box = try readers.withLock { $0.popLast() } ?? ReaderBox(Connection(path: store.path, mode: .readOnly))
        defer { readers.withLock { if $0.count < Self.maximumIdleReaders { $0.append(box) } } }
        return try body(box.connection)
    }

    func write<T: Sendable>(_ body: @Sendable (Connection) throws -> T) async throws -> T {
        try store.write(body)
    }

    /// Whether the database file answers on a fresh connection (for `/readyz`).
    func isReady() async -> Bool {
        (try? store.read { try $0.query("SELECT 1").rows.count == 1 }) ?? false
    }

    func close() {
        readers.withLock { $0.removeAll() }
        store.close()
    }
}
