import Crypto
import Engine
import Foundation
import Synchronization

/// Query results keyed by query text + parameter values + data hash (+ the keys of the queries
/// it reads), in memory for this build and on disk for the next one. Counts what really ran.
final class QueryCache: Sendable {
    let folder: URL?
    private let memory = Mutex<[String: QueryResult]>([:])
    private let counts = Mutex<(executed: Int, served: Int, columnar: Int)>((0, 0, 0))

    /// `folder` nil keeps results in memory only.
    init(folder: URL?) {
        self.folder = folder
        if let folder { try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    }

    static func key(_ parts: [String]) -> String {
        var hasher = SHA256()
        for part in parts { hasher.update(data: Data((part + "\u{0}").utf8)) }
        return hasher.finalize().hexString
    }

    /// The cached result for `key`, or runs `compute`, stores and returns its result.
    func result(for key: String, compute: () throws -> QueryResult) throws -> QueryResult {
        if let hit = memory.withLock({ $0[key] }) ?? load(key) {
            counts.withLock { $0.served += 1 }
            memory.withLock { $0[key] = hit }
            return hit
        }
        let result = try compute()
        counts.withLock { $0.executed += 1 }
        memory.withLock { $0[key] = result }
        store(result, key)
        return result
    }

    /// Queries that ran against the database, and lookups served from the cache.
    var executed: Int { counts.withLock { $0.executed } }
    var served: Int { counts.withLock { $0.served } }
    /// Queries that ran on the columnar engine (part of `executed`).
    var columnar: Int { counts.withLock { $0.columnar } }

    /// Notes that a query ran on the columnar engine.
    func noteColumnar() { counts.withLock { $0.columnar += 1 } }

    /// Whether `folder` holds any stored result (else a build will surely run queries).
    static func hasResults(in folder: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.contains { $0.hasSuffix(".json") }
    }

    /// Deletes stored results this build did not use, so the cache folder does not grow forever.
    func prune() {
        guard let folder else { return }
        let used = memory.withLock { Set($0.keys) }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasSuffix(".json") && !used.contains(String(name.dropLast(5))) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    private func file(_ key: String) -> URL? { folder?.appendingPathComponent(key + ".json") }

    private func load(_ key: String) -> QueryResult? {
        guard let url = file(key), let data = try? Data(contentsOf: url) else { return nil }
        return (try? JSONCoding.decode(CachedResult.self, from: data))?.result
    }

    private func store(_ result: QueryResult, _ key: String) {
        guard let url = file(key), let data = try? JSONCoding.encode(CachedResult(result)) else { return }
        try? data.write(to: url, options: .atomic)
    }
}
