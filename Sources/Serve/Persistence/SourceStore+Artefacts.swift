import Engine
import Foundation
import Synchronization

extension SourceStore {
    static func artefactsJob(_ id: String) -> String { "artefacts:\(id)" }

    /// Starts loading `input`, an upload of `format` about to become source `id`'s data, into
    /// columns in the jobs' lane (before the artefacts' build of that data, which takes them);
    /// `nil` for formats the columnar engine does not load.
    func preloadColumnar(id: String, input: URL, table: String, format: FileFormat) -> ColumnarPreload? {
        guard format == .csv || format == .tsv else { return nil }
        let preload = ColumnarPreload(input: input)
        jobs.start("columnar:\(id)") { [jobs] in
            _ = try? await jobs.run { preload.load(as: table, format: format) }
        }
        return preload
    }

    /// Builds the NL engine's artefacts of source `id`'s current data in the background (in the
    /// jobs' lane, outside the scheduler) unless the stored ones are of it; answers at once.
    /// `input` (removed afterwards) is the uploaded file that produced data version
    /// `inputVersion`, for the columnar scan (already loaded by `preload` when given). When the job ends, the data version it looked at is
    /// recorded as checked and the source's idle readers are closed (their NL engines were made
    /// without the new artefacts). A failed build is not retried for the same data: questions
    /// then build the NL engine themselves, as without artefacts.
    @discardableResult
    func buildArtefacts(
        id: String, table: String, input: URL? = nil, inputVersion: String? = nil, format: FileFormat? = nil,
        preload: ColumnarPreload? = nil
    ) -> Task<Void, Never> {
        jobs.start(Self.artefactsJob(id)) { [self] in
            defer { if let input { try? FileManager.default.removeItem(at: input) } }
            let version = SourceReader.version(of: files.url(of: id).path)
            let built = try? await jobs.run { [files] in
                try files.buildArtefacts(
                    id: id, table: table, input: input, inputVersion: inputVersion, format: format,
                    columnar: preload?.take())
            }
            if let version { checkedArtefacts.withLock { $0[id] = version } }
            if built == true {
                artefactsBuilt.add(1, ordering: .relaxed)
                cache.forget(id)
            }
        }
    }

    /// Runs a question's `work` as `read` does, with the source's artefacts when they can be had
    /// in time: while a job on them is pending it waits for it, for at most half the time limit
    /// (counted in the limit, so the answer made without them still has the other half); the
    /// first question on a data version no job has looked at (after a restart, or when nothing
    /// was built yet) starts that look — which builds them only when they are missing or of
    /// older data — and waits for it the same way. Answers are the same with or without them.
    func ask<T: Sendable>(
        _ source: DataSourceRecord, _ work: @escaping @Sendable (SourceReader) throws -> T
    ) async throws -> T {
        let start = ContinuousClock.now
        let key = Self.artefactsJob(source.id)
        if jobs.running(key) == nil, let version = SourceReader.version(of: files.url(of: source.id).path),
            checkedArtefacts.withLock({ $0[source.id] }) != version
        {
            buildArtefacts(id: source.id, table: source.tableName)
        }
        _ = await jobs.wait(for: key, until: start + scheduler.limits.timeLimit / 2)
        return try await read(source, since: start, work)
    }
}
