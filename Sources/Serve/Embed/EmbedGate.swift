import Foundation
import Hummingbird

/// Checks the `token` query parameter of an embed route: signed with the embed key, not
/// expired, for exactly the resource of the path, of the organization that owns it, and minted
/// at the resource's current embed generation. Used by `AccessMiddleware` for routes declared
/// `.embedToken`, so no handler checks tokens itself.
struct EmbedGate: Sendable {
    let signer: EmbedSigner
    let generations: EmbedGenerations
    let charts: any ChartRepository
    let dashboards: any DashboardRepository

    func grant(_ request: Request, resource: EmbedResource, id: String?) async throws -> EmbedGrant {
        guard let token = request.uri.queryParameters.get("token"), !token.isEmpty else {
            throw EmbedError.invalidToken
        }
        let claims = try await signer.verify(token)
        guard let id, claims.rt == resource, claims.rid == id else { throw EmbedError.notFound }
        guard try await owner(resource, id: id) == claims.org else { throw EmbedError.notFound }
        guard try await generations.current(resource, id: id) == claims.gen else { throw EmbedError.invalidToken }
        return EmbedGrant(claims: claims, token: token)
    }

    /// The organization owning the resource, nil when there is none.
    func owner(_ resource: EmbedResource, id: String) async throws -> String? {
        switch resource {
        case .chart: try await charts.find(id: id)?.organizationID
        case .dashboard: try await dashboards.find(id: id)?.organizationID
        }
    }
}
