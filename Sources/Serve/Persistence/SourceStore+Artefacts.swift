import Engine
import Foundation
import Synchronization

extension SourceStore {
    static func artefactsJob(_ id: String) -> String { "artefacts:\(id)" }

    /// Builds the NL engine's artefacts of source `id`'s current data in the background (on
    /// the pool, admitted by the scheduler for `organization`) unless the stored ones are of it;
    /// answers at once. `input` (removed afterwards) is the uploaded file that produced data
    /// version `inputVersion`, for the columnar scan. A failed build is not retried for the same
    /// data: readers then build the NL engine themselves, as without artefacts.
    @discardableResult
    func buildArtefacts(
        id: String, table: String, organization: String, input: URL? = nil, inputVersion: String? = nil,
        format: FileFormat? = nil
    ) -> Task<Void, Never> {
        jobs.start(Self.artefactsJob(id)) { [self] in
            defer { if let input { try? FileManager.default.removeItem(at: input) } }
            let built = try? await run(organization: organization) { [files] in
                try files.buildArtefacts(id: id, table: table, input: input, inputVersion: inputVersion, format: format)
            }
            if built == true { artefactsBuilt.add(1, ordering: .relaxed) }
        }
    }

    /// Waits until the artefacts of `source`'s current data are stored: for the build running,
    /// else — the first time this data version is asked about (after a restart, say) — for a
    /// look at the stored ones, which builds them only when they are missing or of older data.
    func awaitArtefacts(_ source: DataSourceRecord) async {
        if let job = jobs.running(Self.artefactsJob(source.id)) {
            await job.value
            return
        }
        guard let version = SourceReader.version(of: files.url(of: source.id).path),
            checkedArtefacts.withLock({ $0[source.id] }) != version
        else { return }
        await buildArtefacts(id: source.id, table: source.tableName, organization: source.organizationID).value
        checkedArtefacts.withLock { $0[source.id] = version }
    }
}
