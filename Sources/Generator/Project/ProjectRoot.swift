import Foundation

/// The project directory, and the one check that keeps every file a project names inside it.
struct ProjectRoot: Sendable {
    /// The root with symlinks resolved.
    let url: URL

    init(_ url: URL) {
        self.url = url.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// The file `relative` names, refused when it is absolute, climbs with `..`, or is (or passes
    /// through) a symlink that points outside the root. `at` is where the name was written.
    func resolve(_ relative: String, at location: SourceLocation) throws -> URL {
        if relative.isEmpty { throw location.error("the path is empty") }
        if relative.hasPrefix("/") || relative.hasPrefix("~") || relative.contains("\\") {
            throw location.error("the path '\(relative)' must be relative to the project root")
        }
        if relative.split(separator: "/").contains("..") {
            throw location.error("the path '\(relative)' may not use '..' to leave the project root")
        }
        let candidate = url.appendingPathComponent(relative)
        try checkInside(candidate, named: relative, at: location)
        return candidate
    }

    /// Refuses `candidate` when its real location (symlinks resolved) is outside the root.
    func checkInside(_ candidate: URL, named name: String, at location: SourceLocation) throws {
        let real = candidate.resolvingSymlinksInPath().standardizedFileURL.path
        if real != url.path && !real.hasPrefix(url.path + "/") {
            throw location.error("the path '\(name)' points outside the project root (\(real))")
        }
    }

    /// `file` relative to the root, for messages and manifests.
    func relativePath(of file: URL) -> String {
        let path = file.standardizedFileURL.path
        let base = url.path + "/"
        if path.hasPrefix(base) { return String(path.dropFirst(base.count)) }
        return path
    }
}
