/// Why an embed page or stream is refused. The page says no more than its status: a bad,
/// expired, revoked or foreign token looks the same to the embedding site.
enum EmbedError: Error, Sendable, Equatable {
    /// Missing, malformed, forged, expired or revoked token (401).
    case invalidToken
    /// The token is valid but not for this resource, or the resource is gone (404).
    case notFound
    /// Too many live streams for the token or the organization (429).
    case tooManyStreams

    /// The plain-page status.
    var status: Int {
        switch self {
        case .invalidToken: 401
        case .notFound: 404
        case .tooManyStreams: 429
        }
    }

    /// The one sentence the plain page shows.
    var message: String {
        switch self {
        case .invalidToken: "This embed link is not valid."
        case .notFound: "Nothing to show here."
        case .tooManyStreams: "Too many live views are open; try again later."
        }
    }
}
