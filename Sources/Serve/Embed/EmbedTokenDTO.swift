/// A minted embed token with the URL and iframe snippet to paste.
struct EmbedTokenDTO: Encodable, Sendable {
    let token: String
    let url: String
    let iframeHTML: String
    let expiresAt: String
    let resourceType: String
    let resourceID: String

    enum CodingKeys: String, CodingKey {
        case token, url
        case iframeHTML = "iframe_html"
        case expiresAt = "expires_at"
        case resourceType = "resource_type"
        case resourceID = "resource_id"
    }
}

/// The answer of `POST /embed/revoke`.
struct EmbedRevocationDTO: Encodable, Sendable {
    let resourceType: String
    let resourceID: String
    /// The new embed generation: tokens minted before it are refused.
    let generation: Int64

    enum CodingKeys: String, CodingKey {
        case resourceType = "resource_type"
        case resourceID = "resource_id"
        case generation
    }
}
