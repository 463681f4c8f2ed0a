import Hummingbird

/// `GET /api/v1/metrics/platform` and `/metrics/user/{user_id}`: figures computed from recorded
/// facts (`UsageSchema`). Pending request counters are written first, so the figures include
/// every request answered before this one.
struct UsageMetricsController: Controller {
    let backend: Backend

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .get, "/api/v1/metrics/platform", id: "platformMetrics",
                    "Users, charts, AI queries and performance of the whole platform (platform administrators).",
                    tag: "metrics", access: .authenticated(.manageOrganizations), category: .general,
                    success: (200, .reference("PlatformMetrics"))),
                platform),
            Endpoint(
                Route(
                    .get, "/api/v1/metrics/user/{user_id}", id: "userMetrics",
                    "One user's usage, activity and performance (the user, or an administrator of their organization).",
                    tag: "metrics", access: .authenticated(.readOwnProfile), category: .general,
                    success: (200, .reference("UserMetrics"))),
                user),
        ]
    }

    @Sendable func platform(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try context.identity()
        await backend.usage.flush()
        let figures = try await backend.usage.repository.platform(at: backend.epoch)
        return try JSONBody.response(PlatformMetricsDTO(figures))
    }

    @Sendable func user(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let id = try context.parameters.require("user_id")
        let scope = identity.isPlatformAdmin ? nil : identity.organizationID
        guard let user = try await backend.users.find(id: id, organizationID: scope) else { throw APIError.notFound }
        if user.id != identity.userID && !identity.can(.readUsers) {
            throw APIError(
                .permissionDenied, "Only the user and administrators of their organization see these figures.")
        }
        await backend.usage.flush()
        let figures = try await backend.usage.repository.user(user.id, at: backend.epoch)
        return try JSONBody.response(UserMetricsDTO(userID: user.id, figures))
    }
}
