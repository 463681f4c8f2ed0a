import Crypto
import Foundation
import Hummingbird

/// An exported file as an HTTP answer: its type, `Content-Disposition: attachment` with a safe
/// file name, and a strong `ETag` (a chart's from its export cache key, a dashboard's from its
/// bytes); a matching `If-None-Match` answers 304.
struct ExportFile: Sendable {
    var bytes: Data
    var format: ExportFormat
    /// The title the file name is made from.
    var title: String
    var etag: String

    /// `title` as a file name any system accepts: letters and digits kept (accents folded),
    /// every other run of characters one `-`, at most 80 characters, never empty.
    static func fileName(_ title: String, format: ExportFormat) -> String {
        let folded = title.folding(options: [.diacriticInsensitive], locale: nil)
        var out = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        out = String(out.prefix(80))
        while out.hasSuffix("-") { out.removeLast() }
        return (out.isEmpty ? "export" : out) + "." + format.rawValue
    }

    /// A strong `ETag` of `bytes`.
    static func etag(of bytes: Data) -> String {
        "\"" + SHA256.hash(data: bytes).prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
    }

    /// Whether the request's `If-None-Match` names `etag` (or `*`).
    static func matches(_ request: Request, etag: String) -> Bool {
        guard let match = request.headers[.ifNoneMatch] else { return false }
        return match.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == etag || $0 == "*" }
    }

    /// `304 Not Modified` for `etag`.
    static func notModified(etag: String) -> Response {
        var headers = HTTPFields()
        headers[.eTag] = etag
        headers[.cacheControl] = "private, no-cache"
        return Response(status: .notModified, headers: headers)
    }

    func response(to request: Request) -> Response {
        if Self.matches(request, etag: etag) { return Self.notModified(etag: etag) }
        var headers = HTTPFields()
        headers[.eTag] = etag
        headers[.cacheControl] = "private, no-cache"
        headers[.contentType] = format.contentType
        headers[.contentDisposition] = "attachment; filename=\"\(Self.fileName(title, format: format))\""
        headers[.xContentTypeOptions] = "nosniff"
        if format == .html || format == .svg {
            headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
