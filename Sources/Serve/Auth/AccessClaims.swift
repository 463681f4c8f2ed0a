import JWTKit

/// The claims of an access token: subject, session, issuer, type and expiry.
struct AccessClaims: JWTPayload {
    static let issuer = "aiser"
    static let accessType = "access"

    var sub: SubjectClaim
    /// The login session (refresh-token family) this token belongs to; logout revokes it.
    var sid: String
    var iss: IssuerClaim
    var typ: String
    var iat: IssuedAtClaim
    var exp: ExpirationClaim

    /// Issuer and type; the expiry is checked by `TokenSigner` against the server's clock.
    func verify(using algorithm: some JWTAlgorithm) async throws {
        guard iss.value == Self.issuer, typ == Self.accessType else { throw APIError.unauthenticated }
    }
}
