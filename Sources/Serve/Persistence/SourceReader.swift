import Engine
import Foundation

/// One data source's file opened read-only, with Engine's use cases over it and, made on first
/// use, its NL engine: from the source's stored artefacts (`SourceFiles+Artefacts`) when they
/// are of this data version, which costs no scan; else built here (a scan of the table for the
/// lexicon, another for the month pre-aggregate). Used by one thread at a time: `SourceCache`
/// hands it out and takes it back, hence `@unchecked Sendable`.
final class SourceReader: @unchecked Sendable {
    /// What the reader was opened on: the source and its file's data version.
    let key: SourceCache.Key
    let analytics: Analytics
    /// The source's artefacts file.
    let artefactsPath: String
    private var cachedAsker: Asker?
    /// Whether the NL engine was made from the stored artefacts.
    private(set) var usesArtefacts = false

    init(key: SourceCache.Key, path: String, table: String, artefacts: URL) throws {
        self.key = key
        analytics = try Analytics.readOnly(path: path, table: table)
        artefactsPath = artefacts.path
    }

    /// The NL engine over the source's table, made once per reader — with the month-grain
    /// pre-aggregate of a large table (Engine's default threshold), as `aiser ask` has it.
    func asker() throws -> Asker {
        if let cachedAsker { return cachedAsker }
        let schema = SourceFiles.artefactsSchema
        var asker: Asker?
        if attachArtefacts() {
            asker = try? analytics.asker(artefactsIn: schema)
            usesArtefacts = asker != nil
        }
        let made = try asker ?? analytics.asker()
        cachedAsker = made
        return made
    }

    /// The memory the reader holds: SQLite's caches of its connection and the NL engine's
    /// vocabulary (bytes, estimated).
    var estimatedBytes: Int { analytics.connection.memoryUsed + (cachedAsker?.estimatedBytes ?? 0) }

    /// Attaches the stored artefacts (read-only, as the connection) when they are of this
    /// reader's data version.
    private func attachArtefacts() -> Bool {
        let schema = SourceFiles.artefactsSchema
        guard FileManager.default.fileExists(atPath: artefactsPath),
            (try? analytics.connection.run("ATTACH DATABASE ? AS \(schema)", [.text(artefactsPath)])) != nil
        else { return false }
        if analytics.askArtefactsStamp(in: schema) == key.version { return true }
        try? analytics.connection.execute("DETACH DATABASE \(schema)")
        return false
    }

    /// The data version of the file at `path`: its inode, size and modification time, which
    /// change whenever the file is rebuilt or replaced; `nil` when there is no file.
    static func version(of path: String) -> String? {
        guard let a = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let inode = (a[.systemFileNumber] as? NSNumber)?.stringValue ?? ""
        let size = (a[.size] as? NSNumber)?.stringValue ?? ""
        let modified = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(inode)-\(size)-\(modified)"
    }
}
