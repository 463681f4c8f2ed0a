import Engine
import Foundation
import HTTPTypes
import Hummingbird
import JWTKit

/// Live embeds: `POST /api/v1/embed/tokens` mints a signed token for one chart or dashboard,
/// `POST /api/v1/embed/revoke` refuses every token of one; `/embed/{type}/{id}` pages and their
/// `/events` streams answer those tokens only (`Route.Access.embedToken`); `/embed.js` sizes
/// the iframes on the embedding page.
struct EmbedController: Controller {
    let backend: Backend

    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let lastEventID = HTTPField.Name("Last-Event-ID")!
    static let tokenParameter = QueryParameter(
        name: "token", schema: .string(maxLength: 4096), summary: "The embed token minted for this resource.")
    static let pageTokenParameter = QueryParameter(
        name: "token", schema: .string(maxLength: 4096),
        summary:
            "An embed token minted for this resource: opens the page without an account, as the token's locked parameters filter it."
    )

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .post, "/api/v1/embed/tokens", id: "createEmbedToken",
                    "Mint a signed embed token for one chart or dashboard (organization administrators, or the chart's or dashboard's owner): a URL and an iframe snippet to paste into any allowed site.",
                    tag: "embed", access: .authenticated(.createCharts), category: .analytics,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("CreateEmbedTokenRequest"), required: true),
                    success: (201, .reference("EmbedToken")), errors: [.resourceNotFound]),
                create),
            Endpoint(
                Route(
                    .post, "/api/v1/embed/revoke", id: "revokeEmbedTokens",
                    "Refuse every embed token minted so far for one chart or dashboard (its open live views close).",
                    tag: "embed", access: .authenticated(.createCharts), category: .analytics,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("RevokeEmbedRequest"), required: true),
                    success: (200, .reference("EmbedRevocation")), errors: [.resourceNotFound]),
                revoke),
        ] + EmbedResource.allCases.flatMap(pageEndpoints) + [
            Endpoint(
                Route(
                    .get, "/embed.js", id: "embedScript",
                    "The embedding script: `<div data-aiser-embed=\"URL\"></div>` becomes an iframe of that embed URL sized to its content.",
                    tag: "embed", access: .public_, category: .analytics, success: (200, .text), enveloped: false,
                    produces: "text/javascript"),
                script)
        ]
    }

    func pageEndpoints(_ resource: EmbedResource) -> [Endpoint] {
        let path = "/embed/\(resource.rawValue)/{\(resource.capture)}"
        return [
            Endpoint(
                Route(
                    .get, path, id: "embed\(resource.rawValue.capitalized)Page",
                    "The \(resource.rawValue) as a small self-contained page to put in an iframe, drawn as inline SVG and updated live; answers only a valid embed token for it (else a plain 401 or 404 page).",
                    tag: "embed", access: .embedToken(resource), category: .analytics, query: [Self.tokenParameter],
                    success: (200, .text), enveloped: false, produces: "text/html"),
                page),
            Endpoint(
                Route(
                    .get, path + "/events", id: "embed\(resource.rawValue.capitalized)Events",
                    "Server-Sent Events of the \(resource.rawValue)'s embed: a `render` event with the new drawing whenever it changes (id: its version; `Last-Event-ID` resumes), heartbeats, and `close` when the token expires or is revoked.",
                    tag: "embed", access: .embedToken(resource), category: .analytics, query: [Self.tokenParameter],
                    success: (200, .text), enveloped: false, produces: "text/event-stream"),
                events),
        ]
    }

    @Sendable func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let body = try await JSONBody.decode(
            EmbedTokenRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        let (resource, id, lifetime) = try body.validated(maxSeconds: backend.settings.embed.maxTokenSeconds)
        let owner = try await ownerOf(resource, id: id, identity: identity)
        try identity.requireOwnership(of: owner, "Only administrators can embed other users' \(resource.rawValue)s.")
        try await check(
            FixedValues(body.params ?? [:]), of: resource, id: id, organizationID: identity.organizationID)
        let now = backend.now()
        let expires = now.addingTimeInterval(TimeInterval(lifetime))
        let claims = EmbedClaims(
            iss: .init(value: AccessClaims.issuer), typ: EmbedClaims.type, jti: .init(value: RandomToken.id("emb_")),
            org: identity.organizationID, rt: resource, rid: id,
            gen: try await backend.embedGenerations.current(resource, id: id), iat: .init(value: now),
            exp: .init(value: expires), theme: body.theme, params: body.params ?? [:])
        let token = try await backend.embedSigner.sign(claims)
        let url = (backend.settings.publicURL ?? "") + resource.pagePath(id) + "?token=" + token
        let iframe =
            "<iframe src=\"\(url)\" title=\"Aiser \(resource.rawValue)\" width=\"100%\" height=\"400\" style=\"border:0\" loading=\"lazy\" referrerpolicy=\"no-referrer\"></iframe>"
        return try JSONBody.response(
            EmbedTokenDTO(
                token: token, url: url, iframeHTML: iframe,
                expiresAt: Timestamp.string(epoch: Int64(expires.timeIntervalSince1970)),
                resourceType: resource.rawValue, resourceID: id),
            status: .created, message: "Embed token created")
    }

    @Sendable func revoke(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let body = try await JSONBody.decode(
            EmbedRevokeRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        let (resource, id) = try body.validated()
        let owner = try await ownerOf(resource, id: id, identity: identity)
        try identity.requireOwnership(of: owner, "Only administrators can revoke other users' embeds.")
        let generation = try await backend.embedGenerations.bump(
            resource, id: id, organizationID: identity.organizationID, at: backend.epoch)
        backend.embedUpdates.publish(
            EmbedChange(organizationID: identity.organizationID, kind: .revoked(resource, id)))
        return try JSONBody.response(
            EmbedRevocationDTO(resourceType: resource.rawValue, resourceID: id, generation: generation),
            message: "Embed tokens revoked")
    }

    /// The owner of the caller's organization's resource, or 404.
    func ownerOf(_ resource: EmbedResource, id: String, identity: Identity) async throws -> String {
        let org = identity.organizationID
        let owner: String? =
            switch resource {
            case .chart: try await backend.charts.find(id: id, organizationID: org)?.userID
            case .dashboard: try await backend.dashboards.find(id: id, organizationID: org)?.userID
            }
        guard let owner else { throw APIError.notFound }
        return owner
    }
}
