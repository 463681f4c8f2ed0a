import Foundation
import Generator
import Hummingbird

/// Answers every request of the dev server: the site's files (HTML pages with the reload script
/// added), the build error page while the last build failed, the 404 page, and the long poll
/// `/__aiser/version`.
struct DevResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let options: DevOptions
    let state: DevState

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var response = text(.methodNotAllowed, "Only GET and HEAD are served.\n")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let path = request.uri.path
        if path == ReloadScript.endpoint {
            var snapshot = state.snapshot
            if let since = request.uri.queryParameters["since"] {
                snapshot = await state.wait(since: String(since), timeout: options.longPollTimeout)
            }
            return body(.ok, type: "application/json", Data(VersionBody(snapshot, state: state).json().utf8), request)
        }
        let snapshot = state.snapshot
        let version = state.version(of: snapshot)
        switch SitePath.resolve(path, in: options.output.resolvingSymlinksInPath()) {
        case .file(let url):
            let type = ContentType.of(url.lastPathComponent)
            let isPage = type.hasPrefix("text/html")
            if isPage, let error = snapshot.error { return errorPage(error, version: version, request) }
            guard let data = try? Data(contentsOf: url) else { return notFound(path, version: version, request) }
            guard isPage else { return body(.ok, type: type, data, request) }
            let page = ReloadScript.inject(into: String(decoding: data, as: UTF8.self), version: version)
            return body(.ok, type: type, Data(page.utf8), request)
        case .redirect(let location):
            var response = Response(status: .found)
            response.headers[.location] = location
            response.headers[.cacheControl] = "no-store"
            return response
        case .notFound:
            if let error = snapshot.error { return errorPage(error, version: version, request) }
            return notFound(path, version: version, request)
        case .forbidden:
            return text(.forbidden, "Forbidden.\n")
        }
    }

    private func errorPage(_ error: GeneratorError, version: String, _ request: Request) -> Response {
        let page = DevPage.buildError(error, excerpt: SourceExcerpt(error, project: options.project))
        let html = ReloadScript.inject(into: page, version: version)
        return body(.internalServerError, type: ContentType.of(".html"), Data(html.utf8), request)
    }

    private func notFound(_ path: String, version: String, _ request: Request) -> Response {
        let html = ReloadScript.inject(into: DevPage.notFound(path), version: version)
        return body(.notFound, type: ContentType.of(".html"), Data(html.utf8), request)
    }

    private func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var response = Response(status: status, body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
        response.headers[.contentType] = "text/plain; charset=utf-8"
        return response
    }

    /// A response that browsers never cache (the next build may change it); for HEAD, the
    /// headers of the GET without its body.
    private func body(_ status: HTTPResponse.Status, type: String, _ data: Data, _ request: Request) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store"]
        guard request.method != .head else {
            headers[.contentLength] = String(data.count)
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer()))
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
