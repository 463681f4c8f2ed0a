/// The format of API key secrets: `aiser_sk_<8-char id part><32-char secret>`. Only the first
/// 17 characters (the prefix) and the SHA-256 hash of the whole key are stored.
enum APIKeySecret {
    static let marker = "aiser_sk_"
    static let prefixLength = marker.count + 8

    /// A new secret and its displayable prefix.
    static func generate() -> (secret: String, prefix: String) {
        let secret = marker + RandomToken.string(length: 40)
        return (secret, String(secret.prefix(prefixLength)))
    }

    static func looksLikeKey(_ token: String) -> Bool { token.hasPrefix(marker) }
}

/// The format of refresh tokens: `aiser_rt_` + 43 random characters. Opaque; never a JWT, so
/// it can never pass as an access token.
enum RefreshTokenSecret {
    static let marker = "aiser_rt_"

    static func generate() -> String { marker + RandomToken.string(length: 43) }
}
