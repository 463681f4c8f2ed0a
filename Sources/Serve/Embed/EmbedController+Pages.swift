import Foundation
import Generator
import HTTPTypes
import Hummingbird
import NIOCore

extension EmbedController {
    /// The embed page: the drawing in the HTML, framable only by the organization's allowed
    /// origins, with no cookies and no referrer.
    @Sendable func page(_ request: Request, _ context: AppContext) async throws -> Response {
        let grant = try context.embedGrant()
        guard let view = try await backend.embedView(of: grant.scope) else { throw EmbedError.notFound }
        let events =
            (backend.settings.publicURL ?? "") + grant.resource.pagePath(grant.resourceID) + "/events?token="
            + grant.token
        let html = try EmbedDocument(title: view.title, theme: view.theme, body: view.html, events: events).html()
        var headers = try await headers(for: grant)
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src \(EmbedDocument.scriptHash); connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors \(try await frameAncestors(grant))"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The live-update stream of the embed page.
    @Sendable func events(_ request: Request, _ context: AppContext) async throws -> Response {
        let grant = try context.embedGrant()
        guard backend.embedStreams.allows(token: grant.tokenID, organization: grant.organizationID) else {
            throw EmbedError.tooManyStreams
        }
        let stream = EmbedStream(
            backend: backend, grant: grant, lastEventID: request.headers[Self.lastEventID])
        var headers = try await headers(for: grant)
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[HTTPField.Name("X-Accel-Buffering")!] = "no"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                try await stream.run(&writer)
                try await writer.finish(nil)
            })
    }

    /// `embed.js`.
    @Sendable func script(_ request: Request, _ context: AppContext) async throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/javascript; charset=utf-8"
        headers[.cacheControl] = "public, max-age=3600"
        headers[HTTPField.Name("Access-Control-Allow-Origin")!] = "*"
        return Response(
            status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: EmbedDocument.loader)))
    }

    func headers(for grant: EmbedGrant) async throws -> HTTPFields {
        var headers = HTTPFields()
        headers[.cacheControl] = "no-store"
        headers[Self.referrerPolicy] = "no-referrer"
        return headers
    }

    /// `'self'` and the organization's allowed origins.
    func frameAncestors(_ grant: EmbedGrant) async throws -> String {
        let origins = try await backend.organizations.find(id: grant.organizationID)?.settings.embed.allowedOrigins
        return (["'self'"] + (origins ?? [])).joined(separator: " ")
    }
}
