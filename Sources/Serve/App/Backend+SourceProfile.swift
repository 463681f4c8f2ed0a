import Engine
import Foundation

/// An upload answers once its data is committed; the source's profile (a few scans of the
/// table) is computed afterwards in the background, after its NL artefacts, and stored in its
/// record. `GET …/schema` before then waits for it.
extension Backend {
    static func profileJob(_ id: String) -> String { "profile:\(id)" }

    /// Profiles `source`'s current data in the background (in the sources' jobs lane, after the
    /// NL artefacts started before it, outside the scheduler) and stores the profile, unless the
    /// data changed meanwhile (a replacement stores its own); answers at once.
    @discardableResult
    func profileInBackground(_ source: DataSourceRecord) -> Task<Void, Never> {
        sources.jobs.start(Self.profileJob(source.id)) { [self] in
            let path = files.url(of: source.id).path
            let table = source.tableName
            guard
                let (version, json) = try? await sources.jobs.run({
                    let version = SourceReader.version(of: path)
                    let profile = try Analytics.readOnly(path: path, table: table).profile()
                    return (version, profile.jsonText())
                }),
                version != nil, version == SourceReader.version(of: path)
            else { return }
            _ = try? await dataSources.updateProfile(id: source.id, organizationID: source.organizationID, json: json)
        }
    }

    /// The stored profile of source `id`, waiting for its computation when it is not stored
    /// yet (starting it when nothing runs, e.g. after a restart); `nil` when there is no source.
    func storedProfile(id: String, organizationID: String) async throws -> String? {
        guard let profile = try await dataSources.profileJSON(id: id, organizationID: organizationID) else {
            return nil
        }
        guard profile.isEmpty else { return profile }
        if let job = sources.jobs.running(Self.profileJob(id)) {
            await job.value
        } else if let source = try await dataSources.find(id: id, organizationID: organizationID) {
            await profileInBackground(source).value
        }
        guard let stored = try await dataSources.profileJSON(id: id, organizationID: organizationID) else { return nil }
        guard !stored.isEmpty else {
            throw APIError(.serviceUnavailable, "The data source is not profiled yet; try again.")
        }
        return stored
    }
}
