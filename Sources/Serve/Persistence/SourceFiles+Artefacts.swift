import Engine
import Foundation

/// The NL engine's artefacts of each source (its lexicon and month-grain rollup, see Engine's
/// `Analytics.buildAskArtefacts`), kept beside its data in `sources/<id>.artefacts.sqlite` and
/// stamped with the data version of the file they were built from (`SourceReader.version(of:)`:
/// inode, size, modification time), so they are used exactly while that file is in place and
/// survive a restart. Built in a partial file that is renamed into place when complete.
extension SourceFiles {
    /// The schema name the artefacts file is attached under.
    static let artefactsSchema = "aiser_artefacts"

    func artefactsURL(of id: String) -> URL { directory.appendingPathComponent("\(id).artefacts.sqlite") }

    /// The data version the stored artefacts of `id` were built from; `nil` when there are none.
    func artefactsStamp(of id: String) -> String? {
        let path = artefactsURL(of: id).path
        guard FileManager.default.fileExists(atPath: path),
            let db = try? Connection(path: path, mode: .readOnly)
        else { return nil }
        return Analytics(connection: db, tables: []).askArtefactsStamp(in: "main")
    }

    /// Builds the artefacts of source `id`'s current data unless the stored ones are of it;
    /// `true` when it built them. `input` is the file the data was loaded from when it produced
    /// data version `inputVersion`: a CSV or TSV is then scanned by the columnar engine (same
    /// results, a fraction of SQLite's time), anything else by SQLite; `columnar` is that file
    /// already loaded, when it was.
    func buildArtefacts(
        id: String, table: String, input: URL? = nil, inputVersion: String? = nil, format: FileFormat? = nil,
        columnar loaded: ColumnarTable? = nil
    )
        throws -> Bool
    {
        let path = url(of: id).path
        guard let version = SourceReader.version(of: path), artefactsStamp(of: id) != version else { return false }
        let db = try Connection(path: path)
        // Replaced between the two looks: the replacement's own build follows.
        guard SourceReader.version(of: path) == version else { return false }
        let partial = directory.appendingPathComponent("\(id).artefacts.sqlite.partial-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: partial) }
        let schema = Self.artefactsSchema
        try db.run("ATTACH DATABASE ? AS \(schema)", [.text(partial.path)])
        try db.execute("PRAGMA \(schema).journal_mode=OFF; PRAGMA \(schema).synchronous=OFF")
        var columnar: ColumnarTable?
        if let input, inputVersion == version, format == .csv || format == .tsv {
            columnar = loaded ?? (try? ColumnarTable.load(input, as: table, format: format))
        }
        try Analytics(connection: db, tables: [table]).buildAskArtefacts(
            into: schema, stamp: version, columnar: columnar)
        try db.execute("DETACH DATABASE \(schema)")
        // Written without a journal: flushed before it is renamed into place.
        if let handle = FileHandle(forUpdatingAtPath: partial.path) {
            try? handle.synchronize()
            try? handle.close()
        }
        guard SourceReader.version(of: path) == version else { return false }
        guard rename(partial.path, artefactsURL(of: id).path) == 0 else {
            throw StoreError(.open, "cannot move the data source's artefacts into place")
        }
        return true
    }
}
