import Engine
import Foundation

/// The data sources' SQLite files at the async boundary: uploads, questions and analyses run
/// on the store's own `BlockingPool` (as many threads as cores, at least two), never on Swift's
/// cooperative pool.
final class SourceStore: Sendable {
    /// Threads of the pool: at most this many uploads, questions and analyses run at once.
    static let threads = max(2, ProcessInfo.processInfo.activeProcessorCount)

    let files: SourceFiles
    let pool: BlockingPool

    init(files: SourceFiles) {
        self.files = files
        pool = BlockingPool(threads: Self.threads)
    }

    /// Runs blocking `work` (an upload's ingest) on the pool.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.run(work)
    }

    /// Runs `work` on the pool with Engine's use cases over the source's file, opened read-only.
    func read<T: Sendable>(
        _ source: DataSourceRecord, _ work: @escaping @Sendable (Analytics) throws -> T
    ) async throws -> T {
        let path = files.url(of: source.id).path
        let table = source.tableName
        return try await pool.run { try work(try Analytics.readOnly(path: path, table: table)) }
    }

    /// Deletes the source's file.
    func remove(_ id: String) {
        files.remove(id)
    }
}
