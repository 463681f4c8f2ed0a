import Engine
import Foundation

extension SourceAsker {
    /// Runs `work` with Engine's use cases over the source's SQLite file (read-only), on the
    /// source store's pool.
    func analytics<T: Sendable>(
        _ source: DataSourceRecord, _ work: @escaping @Sendable (Analytics) throws -> T
    ) async throws -> T {
        try await store.read(source) { try work($0.analytics) }
    }
}
