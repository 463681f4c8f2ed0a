import Crypto
import Engine
import Foundation
import Synchronization

/// The project's sources loaded into one SQLite file in the cache folder, named by the hash of
/// the data, so an unchanged project never loads its files twice. Loaded on first use only: a
/// build whose queries all come from the cache never opens it.
final class SourceDatabase: Sendable {
    let sources: [ResolvedSource]
    let cacheFolder: URL
    /// SHA-256 over every source's table name and file content.
    let dataHash: String
    /// Reuse a database loaded by an earlier build (off with `--no-cache`).
    let reuse: Bool
    /// The CSV/TSV sources in columns, for queries the columnar engine runs.
    let columnar: ColumnarSources
    private let loaded = Mutex<String?>(nil)

    /// With `prefetchColumns` (queries will surely run: no cache to serve them), the sources are
    /// loaded into columns while the data hash is computed, on another thread.
    init(
        sources: [ResolvedSource], cacheFolder: URL, reuse: Bool = true, columnar: Bool = true,
        prefetchColumns: Bool = false
    ) throws {
        self.sources = sources
        self.reuse = reuse
        self.cacheFolder = cacheFolder
        let columnar = ColumnarSources(sources: sources, enabled: columnar)
        self.columnar = columnar
        // The load runs on a thread of its own: a libdispatch worker would share the small
        // default pool (one thread per core) with the tasks of the build.
        let loading = DispatchGroup()
        if prefetchColumns && columnar.enabled {
            loading.enter()
            Thread {
                _ = columnar.loaded()
                loading.leave()
            }.start()
        }
        let hashes = Result { try sources.map { try Self.fileHash($0.url) } }
        loading.wait()
        let fileHashes = try hashes.get()
        var hasher = SHA256()
        for (source, fileHash) in zip(sources, fileHashes) {
            hasher.update(data: Data("\(source.spec.table)\u{0}\(source.spec.sheet ?? "")\u{0}".utf8))
            hasher.update(data: Data(fileHash.utf8))
        }
        dataHash = hasher.finalize().hexString
    }

    /// SHA-256 of the file's bytes, read in 1 MiB blocks (`FileHandle` reads 4 KiB at a time).
    static func fileHash(_ url: URL) throws -> String {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { throw GeneratorError(path: url.path, "cannot read the data file") }
        defer { close(fd) }
        let size = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        var hasher = SHA256()
        while true {
            let n = read(fd, buffer.baseAddress, size)
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw GeneratorError(path: url.path, "cannot read the data file") }
            if n == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
        return hasher.finalize().hexString
    }

    /// A new read-only connection to the loaded sources (loading them first if needed).
    func connection() throws -> Connection {
        let path = try loaded.withLock { path -> String in
            if let path { return path }
            let file = try load()
            path = file
            return file
        }
        let db = try Connection(path: path, mode: .readOnly)
        // Queries scan whole tables: map the file instead of copying pages through the cache.
        try db.execute("PRAGMA mmap_size=1073741824; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY")
        return db
    }

    private func load() throws -> String {
        try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        let target = cacheFolder.appendingPathComponent("sources-\(dataHash.prefix(16)).sqlite")
        if FileManager.default.fileExists(atPath: target.path) {
            if reuse { return target.path }
            try FileManager.default.removeItem(at: target)
        }
        let temporary = cacheFolder.appendingPathComponent("sources-\(UUID().uuidString).tmp")
        do {
            let db = try Connection(path: temporary.path)
            try db.execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF")
            for source in sources { try SourceLoader.load(source, into: db) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        for old in (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)) ?? []
        where old.hasPrefix("sources-") && old.hasSuffix(".sqlite") {
            try? FileManager.default.removeItem(at: cacheFolder.appendingPathComponent(old))
        }
        try FileManager.default.moveItem(at: temporary, to: target)
        return target.path
    }
}
