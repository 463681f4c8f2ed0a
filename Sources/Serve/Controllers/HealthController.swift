import Hummingbird

/// Liveness and readiness probes (outside `/api/v1`, not rate limited).
struct HealthController: Controller {
    let backend: Backend

    struct Status: Encodable, Sendable {
        let status: String
        let version: String
    }

    var endpoints: [Endpoint] {
        let schema = JSONSchema.reference("HealthStatus")
        return [
            Endpoint(
                Route(
                    .get, "/healthz", id: "healthz", "The process is up.", tag: "health", access: .public_,
                    category: nil, success: (200, schema))
            ) { _, _ in try JSONBody.response(Status(status: "ok", version: Serve.version)) },
            Endpoint(
                Route(
                    .get, "/readyz", id: "readyz", "The metadata database answers; 503 otherwise.", tag: "health",
                    access: .public_, category: nil, success: (200, schema))
            ) { [backend] _, _ in
                guard await backend.metadata.isReady() else {
                    throw APIError(.serviceUnavailable, "The metadata database is not available.")
                }
                return try JSONBody.response(Status(status: "ready", version: Serve.version))
            },
        ]
    }
}
