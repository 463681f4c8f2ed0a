import Engine
import Foundation

/// Finds a project's data sources: the `sources:` of `aiser.yml`, or every data file under `data/`.
enum SourceDiscovery {
    /// File extensions that are data files (SQLite databases included).
    static let extensions: Set<String> = [
        "csv", "tsv", "txt", "xlsx", "json", "ndjson", "jsonl", "sqlite", "db", "sqlite3",
    ]

    static func sources(config: ProjectConfig, root: ProjectRoot) throws -> [ResolvedSource] {
        let configPath = SourceLocation(path: "aiser.yml", line: 1)
        if let sources = config.sources {
            return try sources.map { spec in
                let url = try root.resolve(spec.path, at: configPath)
                guard FileManager.default.fileExists(atPath: url.path) else {
                    throw configPath.error("source '\(spec.table)': no file at '\(spec.path)'")
                }
                return ResolvedSource(spec: spec, url: url)
            }
        }
        let dataDir = root.url.appendingPathComponent("data")
        guard FileManager.default.fileExists(atPath: dataDir.path) else { return [] }
        var found: [ResolvedSource] = []
        var names: [String: String] = [:]
        for relative in try files(under: dataDir).sorted() {
            let ext = (relative as NSString).pathExtension.lowercased()
            guard extensions.contains(ext) else { continue }
            let url = try root.resolve("data/" + relative, at: SourceLocation(path: "data/" + relative, line: 1))
            let table = Ingestor.tableName(for: url)
            if let other = names[table] {
                throw GeneratorError(
                    path: "data/" + relative,
                    "table name '\(table)' is also used by data/\(other); name the sources in aiser.yml")
            }
            names[table] = relative
            found.append(ResolvedSource(spec: SourceSpec(table: table, path: "data/" + relative), url: url))
        }
        return found
    }

    /// Files below `dir` as relative paths (hidden files skipped).
    static func files(under dir: URL) throws -> [String] {
        guard
            let e = FileManager.default.enumerator(
                at: dir, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var out: [String] = []
        let base = dir.standardizedFileURL.path + "/"
        for case let url as URL in e {
            let path = url.standardizedFileURL.path
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            if path.hasPrefix(base) { out.append(String(path.dropFirst(base.count))) }
        }
        return out
    }
}

/// A source whose file was found inside the project.
struct ResolvedSource: Sendable {
    var spec: SourceSpec
    var url: URL
}
