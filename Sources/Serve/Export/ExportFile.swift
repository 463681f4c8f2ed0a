import Crypto
import Foundation
import Hummingbird

/// An exported file as an HTTP answer: its type, `Content-Disposition: attachment` with a safe
/// file name, and a strong `ETag` of its bytes; a matching `If-None-Match` answers 304.
struct ExportFile: Sendable {
    var bytes: Data
    var format: ExportFormat
    /// The title the file name is made from.
    var title: String

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

    var etag: String {
        let digest = SHA256.hash(data: bytes).prefix(16).map { String(format: "%02x", $0) }.joined()
        return "\"\(digest)\""
    }

    func response(to request: Request) -> Response {
        var headers = HTTPFields()
        headers[.eTag] = etag
        headers[.cacheControl] = "private, no-cache"
        if let match = request.headers[.ifNoneMatch],
            match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag || $0 == "*" }
            )
        {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = format.contentType
        headers[.contentDisposition] = "attachment; filename=\"\(Self.fileName(title, format: format))\""
        headers[.xContentTypeOptions] = "nosniff"
        if format == .html || format == .svg {
            headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
