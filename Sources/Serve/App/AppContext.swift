import Hummingbird
import NIOCore

/// The per-request context: request id, client address, matched route and caller.
public struct AppContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The request id (also sent back as `X-Request-ID`).
    var requestID = ""
    /// The peer's address (the proxy's, when behind one).
    let peerAddress: String?
    /// The client address after trusted-proxy resolution.
    var clientAddress = "unknown"
    /// Every route of the application.
    var routeTable: RouteTable?
    /// The route matched for this request, if any.
    var route: Route?
    /// What authentication found.
    var authentication = Authentication.none
    /// Set by a middleware that refuses the request (the rate limit); `ErrorMiddleware` answers
    /// it instead of calling the handler.
    var refusal: APIError?
    /// What a verified embed token allows (routes declared `.embedToken`).
    var embed: EmbedGrant?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The authenticated caller, or `AUTHENTICATION_FAILED`.
    func identity() throws -> Identity {
        guard case .identity(let identity) = authentication else { throw APIError.unauthenticated }
        return identity
    }

    /// The embed token's grant, or the plain 401 page.
    func embedGrant() throws -> EmbedGrant {
        guard let embed else { throw EmbedError.invalidToken }
        return embed
    }
}

/// The outcome of looking at a request's credentials.
enum Authentication: Sendable {
    case none
    case identity(Identity)
    case failed
}
