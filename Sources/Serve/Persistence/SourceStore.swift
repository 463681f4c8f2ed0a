import Engine
import Foundation
import Synchronization

/// The data sources' SQLite files at the async boundary: uploads, questions and analyses run
/// on the store's own `BlockingPool` (as many threads as cores, at least two), never on Swift's
/// cooperative pool. Readers (an open read-only connection and the NL engine's lexicon) are
/// kept per source and data version in a `SourceCache`, so a question reuses them.
final class SourceStore: Sendable {
    /// Threads of the pool: at most this many uploads, questions and analyses run at once.
    static let threads = max(2, ProcessInfo.processInfo.activeProcessorCount)

    let files: SourceFiles
    let pool: BlockingPool
    let cache: SourceCache
    /// How many readers were opened (a question served from the cache opens none).
    let opened = Atomic<Int>(0)

    init(files: SourceFiles, cacheSize: Int) {
        self.files = files
        pool = BlockingPool(threads: Self.threads)
        cache = SourceCache(capacity: cacheSize)
    }

    /// Runs blocking `work` (an upload's ingest) on the pool.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.run(work)
    }

    /// Runs `work` on the pool with a reader of the source's current data: a cached one when
    /// the file is unchanged, else a newly opened one, which is kept afterwards.
    func read<T: Sendable>(
        _ source: DataSourceRecord, _ work: @escaping @Sendable (SourceReader) throws -> T
    ) async throws -> T {
        let path = files.url(of: source.id).path
        let table = source.tableName
        return try await pool.run { [self] in
            let key = SourceCache.Key(id: source.id, version: SourceReader.version(of: path) ?? "")
            let reader: SourceReader
            if let cached = cache.take(key) {
                reader = cached
            } else {
                reader = try SourceReader(key: key, path: path, table: table)
                opened.add(1, ordering: .relaxed)
            }
            // Kept only while the file is still the one it was opened on.
            defer { if SourceReader.version(of: path) == key.version { cache.put(reader) } }
            return try work(reader)
        }
    }

    /// Deletes the source's file and closes its cached readers.
    func remove(_ id: String) {
        files.remove(id)
        cache.forget(id)
    }
}
