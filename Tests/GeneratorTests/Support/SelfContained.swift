import Foundation
import Testing

/// Checks that a built page references no other host for styles, scripts, fonts or images.
enum SelfContained {
    static let forbidden = [
        "src=\"http", "src=\"//", "href=\"http", "url(http", "url(//", "@import", "<link", "<script src",
    ]

    /// Every `.html` under `out`, with the offending snippets.
    static func violations(in out: URL) throws -> [String] {
        var found: [String] = []
        let e = FileManager.default.enumerator(at: out, includingPropertiesForKeys: nil)
        var pages = 0
        while let url = e?.nextObject() as? URL {
            guard url.pathExtension == "html" else { continue }
            pages += 1
            let html = try String(contentsOf: url, encoding: .utf8)
            // Links the author wrote in prose (<a href="https://…">) are allowed: they load nothing.
            let stripped = html.replacingOccurrences(
                of: #"<a href="https?://[^"]*""#, with: "<a", options: .regularExpression)
            for pattern in forbidden where stripped.contains(pattern) {
                found.append("\(url.lastPathComponent): \(pattern)")
            }
        }
        if pages == 0 { found.append("no pages built") }
        return found
    }
}
