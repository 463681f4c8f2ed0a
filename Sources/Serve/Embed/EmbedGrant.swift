import Engine
import Foundation
import JWTKit

/// What a verified embed token allows this request: one resource of one organization, read-only.
struct EmbedGrant: Sendable {
    let claims: EmbedClaims
    /// The token as presented (for the live-update URL of the page).
    let token: String

    var resource: EmbedResource { claims.rt }
    var resourceID: String { claims.rid }
    var organizationID: String { claims.org }
    var tokenID: String { claims.jti.value }
    var expiresAt: Date { claims.exp.value }
    var scope: EmbedScope {
        EmbedScope(
            resource: claims.rt, resourceID: claims.rid, organizationID: claims.org, theme: claims.theme,
            fixed: FixedValues(claims.params))
    }
}
