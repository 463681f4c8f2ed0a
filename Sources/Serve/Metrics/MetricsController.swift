import Hummingbird
import NIOCore

/// `GET /metrics`: the Prometheus text exposition. Off with `AISER_METRICS=false` (then 404 as
/// any unknown path); with `AISER_METRICS_TOKEN` set it needs `Authorization: Bearer <token>`.
struct MetricsController: Controller {
    let backend: Backend

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .get, "/metrics", id: "prometheusMetrics",
                    "Request counts and latency histograms by route and status, uploads, AI queries, webhook deliveries, database pool use and open embed streams, in the Prometheus text format. Needs `Authorization: Bearer <AISER_METRICS_TOKEN>` when that is set; 404 with AISER_METRICS=false.",
                    tag: "health", access: .public_, category: nil, success: (200, .text), enveloped: false,
                    produces: "text/plain"),
                exposition)
        ]
    }

    @Sendable func exposition(_ request: Request, _ context: AppContext) async throws -> Response {
        guard backend.settings.metrics.enabled else { throw APIError.notFound }
        if let token = backend.settings.metrics.token {
            guard let given = Authenticator.bearer(in: request), ConstantTime.equal(given, token) else {
                throw APIError.unauthenticated
            }
        }
        var headers = HTTPFields()
        headers[.contentType] = PrometheusText.contentType
        headers[.cacheControl] = "no-store"
        return Response(
            status: .ok, headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: PrometheusText.render(backend.metrics.snapshot, gauges: gauges)))
        )
    }

    /// The gauges as they are now.
    var gauges: PrometheusText.Gauges {
        let pool = backend.metadata.pool
        return PrometheusText.Gauges(
            poolThreads: pool.threads, poolBusy: pool.busy, poolQueued: pool.queued,
            embedStreams: backend.metrics.embedStreams.value)
    }
}
