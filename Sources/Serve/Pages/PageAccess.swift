import Engine
import Hummingbird

/// Who may open the page of a chart or dashboard (`/charts/{chart_id}`, `/dashboards/{id}`):
/// - anyone, when the resource has public sharing on (`settings.public`; turning it off revokes
///   the link at once);
/// - whoever holds a valid embed token for it in the `token` query parameter — the same check
///   as the `/embed` pages (`EmbedGate`: signature, expiry, resource, organization, embed
///   generation); the page then shows what the token's locked parameters let through. A token
///   that is present decides alone: a bad one answers 401 (404 when it is for another resource),
///   and a member holding one sees the token's view;
/// - a member of the resource's organization holding `readData`, by bearer token, API key or the
///   `/login` page's session cookie (`PageSession`);
/// - nobody else. Without valid credentials the answer is `AUTHENTICATION_FAILED` (a 401 page
///   with a link to `/login`) whether or not the id exists, so anonymous callers learn nothing;
///   a member of another organization, or an unknown id, gets `RESOURCE_NOT_FOUND` (404).
///
/// The one place this decision is made for the pages. Embed tokens are never accepted on
/// `/api/v1` (the authenticator reads no query parameters).
struct PageAccess: Sendable {
    /// What a page shows, as far as access goes.
    struct Resource: Sendable, Equatable {
        let organizationID: String
        /// Public sharing on.
        let isPublic: Bool
    }

    /// Why a page may be shown.
    enum Grant: Sendable {
        /// A member of the resource's organization.
        case member(Identity)
        /// Public sharing is on.
        case publicLink
        /// A valid embed token for the resource.
        case embed(EmbedGrant)

        /// The locked parameters the page is filtered with (none but an embed token's).
        var fixed: FixedValues {
            if case .embed(let grant) = self { return grant.scope.fixed }
            return FixedValues()
        }
    }

    let authenticator: Authenticator
    let session: PageSession
    let embeds: EmbedGate

    init(_ backend: Backend) {
        authenticator = Authenticator(
            signer: backend.signer, sessions: backend.sessions, apiKeys: backend.apiKeys, cache: backend.credentials,
            now: backend.now)
        session = PageSession(backend)
        embeds = backend.embedGate
    }

    /// The grant for `request` to open the `kind` page of `id`, whose resource is `resource`
    /// (`nil`: there is no such resource), or the subsystem error to answer with.
    func grant(_ request: Request, to kind: EmbedResource, _ id: String, _ resource: Resource?) async throws -> Grant {
        if request.uri.queryParameters.get("token") != nil {
            do {
                return .embed(try await embeds.grant(request, resource: kind, id: id))
            } catch let error as EmbedError {
                throw error == .notFound ? APIError.notFound : APIError.unauthenticated
            }
        }
        if let resource, resource.isPublic { return .publicLink }
        guard let identity = await member(request) else { throw APIError.unauthenticated }
        guard let resource, resource.organizationID == identity.organizationID, identity.can(.readData) else {
            throw APIError.notFound
        }
        return .member(identity)
    }

    /// The caller by credentials in the headers (bearer token or API key), else by session cookie.
    func member(_ request: Request) async -> Identity? {
        if Authenticator.credential(in: request) != nil {
            guard case .identity(let identity) = await authenticator.authenticate(request) else { return nil }
            return identity
        }
        return await session.identity(of: request)
    }
}
