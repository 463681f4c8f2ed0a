import Foundation

/// Turns a local image a page names (relative to the page's folder) into bytes for a `data:` URI.
/// Paths that leave the project are refused like every other path.
struct ImageEmbedder: Sendable {
    var root: ProjectRoot
    /// The page's folder relative to the root (`pages/regions`).
    var folder: String
    /// The page file, for error messages.
    var page: String

    static let types = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
    ]

    func load(_ reference: String) throws -> (data: Data, mime: String)? {
        let path = reference.removingPercentEncoding ?? reference
        guard let mime = Self.types[(path as NSString).pathExtension.lowercased()] else {
            throw GeneratorError(path: page, "image '\(reference)' must be PNG, JPEG, GIF or WebP to be embedded")
        }
        var parts: [Substring] = folder.split(separator: "/")
        for part in path.split(separator: "/") {
            if part == ".." {
                guard !parts.isEmpty else {
                    throw GeneratorError(path: page, "image '\(reference)' is outside the project")
                }
                parts.removeLast()
            } else if part != "." {
                parts.append(part)
            }
        }
        let url = try root.resolve(parts.joined(separator: "/"), at: SourceLocation(path: page, line: 1))
        guard let data = try? Data(contentsOf: url) else {
            throw GeneratorError(path: page, "image '\(reference)' not found")
        }
        return (data, mime)
    }
}
