import Engine
import Foundation

/// One data source's file opened read-only, with Engine's use cases over it and, built on first
/// use, its NL engine (whose lexicon costs a scan of the table). Used by one thread at a time:
/// `SourceCache` hands it out and takes it back, hence `@unchecked Sendable`.
final class SourceReader: @unchecked Sendable {
    /// What the reader was opened on: the source and its file's data version.
    let key: SourceCache.Key
    let analytics: Analytics
    private var cachedAsker: Asker?

    init(key: SourceCache.Key, path: String, table: String) throws {
        self.key = key
        analytics = try Analytics.readOnly(path: path, table: table)
    }

    /// The NL engine over the source's table, built once per reader — with the month-grain
    /// pre-aggregate of a large table (Engine's default threshold), as `aiser ask` has it: the
    /// reader is kept while the file is unchanged, so the aggregate is paid once per data version.
    func asker() throws -> Asker {
        if let cachedAsker { return cachedAsker }
        let asker = try analytics.asker()
        cachedAsker = asker
        return asker
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
