import Engine
import Foundation

/// The metadata database (users, organizations, tokens, data sources …): SQLite in WAL mode
/// through Engine's `Store`, migrated on open. Async at this boundary, synchronous inside.
final class MetadataStore: Sendable {
    let store: Store

    init(path: String) throws {
        store = try Store(path: path)
        try store.write { try Migrations.run(on: $0) }
    }

    func read<T: Sendable>(_ body: @Sendable (Connection) throws -> T) async throws -> T {
        try store.read(body)
    }

    func write<T: Sendable>(_ body: @Sendable (Connection) throws -> T) async throws -> T {
        try store.write(body)
    }

    /// Whether the database answers (for `/readyz`).
    func isReady() async -> Bool {
        (try? await read { try $0.query("SELECT 1").rows.count == 1 }) ?? false
    }

    func close() { store.close() }
}
