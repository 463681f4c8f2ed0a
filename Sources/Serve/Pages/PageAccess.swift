import Hummingbird

/// Who may open the page of a chart or dashboard (`/charts/{chart_id}`, `/dashboards/{id}`):
/// - anyone, when the resource has public sharing on (`settings.public`; turning it off revokes
///   the link at once);
/// - a member of the resource's organization holding `readData`, by bearer token, API key or the
///   `/login` page's session cookie (`PageSession`);
/// - nobody else. Without valid credentials the answer is `AUTHENTICATION_FAILED` (a 401 page
///   with a link to `/login`) whether or not the id exists, so anonymous callers learn nothing;
///   a member of another organization, or an unknown id, gets `RESOURCE_NOT_FOUND` (404).
///
/// The one place this decision is made; the embed pages add their signed token as another grant.
struct PageAccess: Sendable {
    /// What a page shows, as far as access goes.
    struct Resource: Sendable, Equatable {
        let organizationID: String
        /// Public sharing on.
        let isPublic: Bool
    }

    /// Why a page may be shown.
    enum Grant: Sendable, Equatable {
        /// A member of the resource's organization.
        case member(Identity)
        /// Public sharing is on.
        case publicLink
    }

    let authenticator: Authenticator
    let session: PageSession

    init(_ backend: Backend) {
        authenticator = Authenticator(
            signer: backend.signer, sessions: backend.sessions, apiKeys: backend.apiKeys, cache: backend.credentials,
            now: backend.now)
        session = PageSession(backend)
    }

    /// The grant for `request` to open `resource` (`nil`: there is no such resource), or the
    /// subsystem error to answer with.
    func grant(_ request: Request, to resource: Resource?) async throws -> Grant {
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
