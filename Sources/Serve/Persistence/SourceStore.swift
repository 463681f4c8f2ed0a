import Engine
import Foundation
import Synchronization

/// The data sources' SQLite files at the async boundary: uploads, questions and analyses run
/// on the store's own `BlockingPool`, never on Swift's cooperative pool, admitted by its
/// `WorkScheduler` (one pool thread per worker, a bounded queue, per-organization fairness, time
/// limits for questions). Readers (an open read-only connection and the NL engine's lexicon) are
/// kept per source and data version in a `SourceCache`, so a question reuses them.
final class SourceStore: Sendable {
    let files: SourceFiles
    let pool: BlockingPool
    let scheduler: WorkScheduler
    let cache: SourceCache
    /// How many readers were opened (a question served from the cache opens none).
    let opened = Atomic<Int>(0)
    /// Background builds of artefacts and profiles, in a lane of their own (`SourceStore+Artefacts`).
    let jobs = SourceJobs()
    /// How many artefact sets were built (stored ones of the current data are reused, not counted).
    let artefactsBuilt = Atomic<Int>(0)
    /// Source id → the data version whose stored artefacts were last looked at.
    let checkedArtefacts = Mutex<[String: String]>([:])

    init(files: SourceFiles, cacheSize: Int, cacheBudget: Int = .max, limits: WorkLimits = WorkLimits()) {
        self.files = files
        pool = BlockingPool(threads: limits.workers)
        scheduler = WorkScheduler(limits: limits)
        cache = SourceCache(capacity: cacheSize, budget: cacheBudget)
    }

    /// Runs blocking `work` (an upload's ingest) for `organization` on the pool, once the
    /// scheduler admits it; without a time limit (the upload limit bounds it).
    func run<T: Sendable>(organization: String, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await scheduler.run(organization: organization, timeLimit: nil) { [pool] in try await pool.run(work) }
    }

    /// Runs `work` on the pool with a reader of the source's current data (a cached one when
    /// the file is unchanged, else a newly opened one, which is kept afterwards), once the
    /// scheduler admits it for the source's organization, within the time limit counted from
    /// `start` (now by default).
    func read<T: Sendable>(
        _ source: DataSourceRecord, since start: ContinuousClock.Instant = .now,
        _ work: @escaping @Sendable (SourceReader) throws -> T
    ) async throws -> T {
        guard source.warehouse == nil else {
            throw APIError.validation(
                "data_source", "This is a warehouse source; this use of it works on uploaded files only for now.")
        }
        let path = files.url(of: source.id).path
        let table = source.tableName
        return try await scheduler.run(
            organization: source.organizationID, timeLimit: scheduler.limits.timeLimit, since: start
        ) { [self] in
            try await pool.run { [self] in
                let key = SourceCache.Key(id: source.id, version: SourceReader.version(of: path) ?? "")
                let reader: SourceReader
                if let cached = cache.take(key) {
                    reader = cached
                } else {
                    reader = try SourceReader(
                        key: key, path: path, table: table, artefacts: files.artefactsURL(of: source.id))
                    opened.add(1, ordering: .relaxed)
                }
                // Kept only while the file is still the one it was opened on.
                defer { if SourceReader.version(of: path) == key.version { cache.put(reader) } }
                return try work(reader)
            }
        }
    }

    /// Deletes the source's file and closes its cached readers.
    func remove(_ id: String) {
        files.remove(id)
        cache.forget(id)
    }
}
