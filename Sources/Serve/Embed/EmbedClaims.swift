import JWTKit

/// The claims of an embed token: one resource of one organization, the embed generation it was
/// minted at, an expiry, and the locked theme and parameters. Signed by `EmbedSigner`, never by
/// the login key, and with its own type, so neither kind of token passes for the other.
struct EmbedClaims: JWTPayload {
    static let type = "embed"

    var iss: IssuerClaim
    var typ: String
    /// Token id (limits streams per token).
    var jti: IDClaim
    /// The organization owning the resource.
    var org: String
    /// `chart` or `dashboard`.
    var rt: EmbedResource
    /// The resource's id.
    var rid: String
    /// The resource's embed generation when minted; a revocation bumps it.
    var gen: Int64
    var iat: IssuedAtClaim
    var exp: ExpirationClaim
    /// `light`, `dark` or `auto`, or nil for the resource's own.
    var theme: String?
    /// Parameters fixed by the minter; the embedding page cannot change them.
    var params: [String: String]

    /// Issuer and type; expiry and generation are checked by `EmbedGate`.
    func verify(using algorithm: some JWTAlgorithm) async throws {
        guard iss.value == AccessClaims.issuer, typ == Self.type else { throw EmbedError.invalidToken }
    }
}
