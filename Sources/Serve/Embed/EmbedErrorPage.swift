import Hummingbird
import NIOCore

/// The plain page of a refused embed: its status and one sentence, nothing about the token or
/// the resource.
enum EmbedErrorPage {
    static func response(_ error: EmbedError) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'"
        headers[.cacheControl] = "no-store"
        headers[EmbedController.referrerPolicy] = "no-referrer"
        let html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(error.status)</title>\
            <style>body{font:14px system-ui,sans-serif;color:#666;margin:1rem}</style></head>\
            <body><p>\(error.message)</p></body></html>

            """
        return Response(
            status: HTTPResponse.Status(code: error.status), headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
