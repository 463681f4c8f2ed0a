import Foundation

/// An Aiser project on disk: `aiser.yml`, `pages/`, and data files.
struct Project: Sendable {
    var root: ProjectRoot
    var config: ProjectConfig
    var sources: [ResolvedSource]
    var pages: [PageFile]

    /// Reads and checks the project's configuration, sources and pages (no query runs).
    init(at url: URL) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue else {
            throw GeneratorError(path: url.path, "no project folder here")
        }
        root = ProjectRoot(url)
        let configURL = root.url.appendingPathComponent("aiser.yml")
        if FileManager.default.fileExists(atPath: configURL.path) {
            try root.checkInside(configURL, named: "aiser.yml", at: SourceLocation(path: "aiser.yml", line: 1))
            guard let text = try? String(contentsOf: configURL, encoding: .utf8) else {
                throw GeneratorError(path: "aiser.yml", "the file is not readable UTF-8 text")
            }
            config = try ProjectConfig(yaml: text, path: "aiser.yml")
        } else {
            config = ProjectConfig()
        }
        sources = try SourceDiscovery.sources(config: config, root: root)
        pages = try PageDiscovery.pages(root: root)
    }
}
