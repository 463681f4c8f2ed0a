import JWTKit

/// The claims of a page session cookie: the user and the login session it belongs to. Its own
/// type (`page`) keeps it from ever passing as an access token on `/api/v1`, and the reverse.
struct PageSessionClaims: JWTPayload {
    static let pageType = "page"

    var sub: SubjectClaim
    var sid: String
    var iss: IssuerClaim
    var typ: String
    var iat: IssuedAtClaim
    var exp: ExpirationClaim

    func verify(using algorithm: some JWTAlgorithm) async throws {
        guard iss.value == AccessClaims.issuer, typ == Self.pageType else { throw APIError.unauthenticated }
    }
}
