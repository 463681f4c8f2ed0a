import Engine
import Foundation

/// The data-source files: one SQLite database per source at `sources/<id>.sqlite`, built in a
/// temporary file and renamed into place only when complete, so after a crash at any moment a
/// source file is either complete or absent. Leftovers are removed on start.
struct SourceFiles: Sendable {
    let directory: URL

    var incomingDirectory: URL { directory.appendingPathComponent(".incoming", isDirectory: true) }

    func url(of id: String) -> URL { directory.appendingPathComponent("\(id).sqlite") }

    func partialURL(of id: String) -> URL { directory.appendingPathComponent("\(id).sqlite.partial") }

    /// Where the raw upload of `id` is streamed to.
    func uploadURL(of id: String) -> URL { incomingDirectory.appendingPathComponent(id + ".upload") }

    func prepare() throws {
        try FileManager.default.createDirectory(at: incomingDirectory, withIntermediateDirectories: true)
    }

    /// Loads `upload` into a new source database for `id` and profiles it; the file appears
    /// under its final name only after both succeeded.
    func build(id: String, upload: URL, format: FileFormat, table: String) throws -> (LoadReport, TableProfile) {
        try place(id) { partial in try load(upload, into: partial, format: format, table: table) }
    }

    /// Loads `upload` into a new source database for `id` with the same loader as the CLI
    /// (`Ingestor.load`), without profiling it; the file appears under its final name when done.
    func ingest(id: String, upload: URL, format: FileFormat, table: String) throws -> LoadReport {
        try place(id) { partial in
            let db = try Connection(path: partial.path)
            try db.execute("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL")
            return try Ingestor.load(upload, into: db, table: table, options: IngestOptions(format: format))
        }
    }

    /// `make` writes the partial file of `id`, which is then renamed into place.
    private func place<T>(_ id: String, _ make: (URL) throws -> T) throws -> T {
        let partial = partialURL(of: id)
        try? FileManager.default.removeItem(at: partial)
        do {
            let result = try make(partial)
            guard rename(partial.path, url(of: id).path) == 0 else {
                throw StoreError(.open, "cannot move the data source into place")
            }
            return result
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }

    /// Ingests and profiles inside one connection that is closed before returning.
    private func load(_ upload: URL, into file: URL, format: FileFormat, table: String) throws -> (
        LoadReport, TableProfile
    ) {
        let db = try Connection(path: file.path)
        try db.execute("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL")
        let report = try Ingestor.load(upload, into: db, table: table, options: IngestOptions(format: format))
        let profile = try Analytics(connection: db, tables: [table]).profile()
        return (report, profile)
    }

    func remove(_ id: String) {
        try? FileManager.default.removeItem(at: url(of: id))
        try? FileManager.default.removeItem(at: artefactsURL(of: id))
    }

    /// Removes partial builds with their SQLite side files (`.partial-journal`, `-wal`, `-shm`),
    /// stale uploads, and files without a metadata record.
    func cleanUp(keeping ids: Set<String>) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: incomingDirectory.path)) ?? [] {
            try? fm.removeItem(at: incomingDirectory.appendingPathComponent(name))
        }
        for name in (try? fm.contentsOfDirectory(atPath: directory.path)) ?? [] where name != ".incoming" {
            let id = name.components(separatedBy: ".").first ?? name
            if name.contains(".sqlite.partial") || (name.contains(".sqlite") && !ids.contains(id)) {
                try? fm.removeItem(at: directory.appendingPathComponent(name))
            }
        }
    }
}
