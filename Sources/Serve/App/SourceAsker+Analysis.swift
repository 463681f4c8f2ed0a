import Engine
import Foundation

extension SourceAsker {
    /// Runs `work` with Engine's use cases over the source's SQLite file (read-only), off the
    /// cooperative pool.
    func analytics<T: Sendable>(
        _ source: DataSourceRecord, _ work: @escaping @Sendable (Analytics) throws -> T
    ) async throws -> T {
        let path = files.url(of: source.id).path
        let table = source.tableName
        return try await DataController.offload { try work(try Analytics.readOnly(path: path, table: table)) }
    }
}
