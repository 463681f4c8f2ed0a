import Foundation

/// Maps a request path to a file of the built site, and refuses every path that could leave it.
///
/// `/` → `index.html`, `/x/` → `x/index.html`, `/x` → `x` when it is a file, else `x.html`,
/// else a redirect to `/x/` when `x/index.html` exists. Segments are percent-decoded one at a
/// time; `.`/`..`, hidden names, encoded slashes, NUL bytes and symlinks whose target is outside
/// the site are refused.
enum SitePath: Equatable {
    case file(URL)
    case redirect(String)
    case notFound
    case forbidden

    /// Resolves `rawPath` (as sent, still percent-encoded, without the query) inside `root`
    /// (an absolute folder with symlinks resolved).
    static func resolve(_ rawPath: String, in root: URL) -> SitePath {
        guard rawPath.hasPrefix("/") else { return .notFound }
        var segments: [String] = []
        for raw in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = String(raw).removingPercentEncoding, isAllowed(segment) else { return .forbidden }
            segments.append(segment)
        }
        let relative = segments.joined(separator: "/")
        if relative.isEmpty { return file("index.html", in: root) }
        if rawPath.hasSuffix("/") { return file(relative + "/index.html", in: root) }
        for candidate in [relative, relative + ".html"] {
            let found = file(candidate, in: root)
            if found != .notFound { return found }
        }
        if case .file = file(relative + "/index.html", in: root) {
            let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "" }
            return .redirect("/" + encoded.joined(separator: "/") + "/")
        }
        return .notFound
    }

    /// A decoded segment that names a visible entry of the folder it is in.
    private static func isAllowed(_ segment: String) -> Bool {
        !segment.isEmpty && !segment.hasPrefix(".") && !segment.contains("/") && !segment.contains("\\")
            && !segment.contains("\u{0}")
    }

    /// The regular file at `relative` when its real location is inside `root`.
    private static func file(_ relative: String, in root: URL) -> SitePath {
        let candidate = root.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
            !isDirectory.boolValue
        else { return .notFound }
        let real = candidate.resolvingSymlinksInPath().standardizedFileURL.path
        guard real.hasPrefix(root.path + "/") else { return .forbidden }
        return .file(candidate)
    }
}
