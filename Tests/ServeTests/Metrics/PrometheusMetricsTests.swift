import Foundation
import HTTPTypes
import Testing

@testable import Serve

/// `GET /metrics`: a scripted sequence of requests, then every series checked against it.
@Suite("Prometheus metrics")
struct PrometheusMetricsTests {
    /// The value of the sample line `name{labels}` (or `name` without labels), nil when absent.
    static func sample(_ text: String, _ series: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Double(line.dropFirst(series.count + 1))
        }
        return nil
    }

    @Test("requests by route template and status, latency histograms, uploads and AI queries")
    func figures() async throws {
        let server = try await TestServer()
        try await server.test { c in
            let admin = try await c.adminToken()
            let me = try await c.call(.get, "/api/v1/users", token: admin)
            #expect(me.status == .ok)
            _ = try await c.call(.get, "/api/v1/users", token: admin)
            _ = try await c.call(.get, "/api/v1/users/usr_nope", token: admin)
            _ = try await c.call(.get, "/api/v1/users/usr_other", token: admin)
            _ = try await c.call(.get, "/api/v1/users")
            _ = try await c.call(.get, "/no/such/path")
            let source = try await c.uploadSales(token: admin)
            _ = try await c.createChart("total revenue by region", source: source, token: admin)
            _ = try await c.call(
                .post, "/api/v1/analytics/chart", token: admin, json: ["query": "x", "data_source": "nope"])

            let r = try await c.call(.get, "/metrics")
            #expect(r.status == .ok)
            #expect(r.header("Content-Type")?.hasPrefix("text/plain; version=0.0.4") == true)
            let t = r.body
            let users = #"aiser_http_requests_total{method="GET",route="/api/v1/users",status="#
            #expect(Self.sample(t, users + #""200"}"#) == 2)
            #expect(Self.sample(t, users + #""401"}"#) == 1)
            #expect(
                Self.sample(t, #"aiser_http_requests_total{method="GET",route="/api/v1/users/{user_id}",status="404"}"#)
                    == 2, "one series for every id")
            #expect(Self.sample(t, #"aiser_http_requests_total{method="GET",route="unmatched",status="404"}"#) == 1)
            #expect(!t.contains("usr_nope"))
            let labels = #"method="GET",route="/api/v1/users""#
            #expect(Self.sample(t, "aiser_http_request_duration_seconds_count{\(labels)}") == 3)
            #expect(Self.sample(t, "aiser_http_request_duration_seconds_bucket{\(labels),le=\"+Inf\"}") == 3)
            let buckets = MetricsRecorder.buckets.compactMap {
                Self.sample(
                    t, "aiser_http_request_duration_seconds_bucket{\(labels),le=\"\(PrometheusText.number($0))\"}")
            }
            #expect(buckets.count == MetricsRecorder.buckets.count)
            #expect(buckets == buckets.sorted(), "cumulative buckets never decrease")
            #expect((Self.sample(t, "aiser_http_request_duration_seconds_sum{\(labels)}") ?? -1) >= 0)
            #expect(Self.sample(t, "aiser_uploads_total") == 1)
            #expect(Self.sample(t, "aiser_ai_queries_total") == 2)
            #expect(Self.sample(t, #"aiser_webhook_deliveries_total{outcome="delivered"}"#) == 0)
            #expect(t.contains("# TYPE aiser_http_request_duration_seconds histogram"))
        }
    }

    @Test("a metrics token is required when set; AISER_METRICS=false answers 404")
    func protection() async throws {
        let guarded = try await TestServer(configure: { $0.metrics.token = "scrape-token-123" })
        try await guarded.test { c in
            #expect(try await c.call(.get, "/metrics").status == .unauthorized)
            #expect(try await c.call(.get, "/metrics", token: "wrong-token-123").status == .unauthorized)
            let admin = try await c.adminToken()
            #expect(try await c.call(.get, "/metrics", token: admin).status == .unauthorized, "not a user token")
            #expect(try await c.call(.get, "/metrics", token: "scrape-token-123").status == .ok)
        }
        let off = try await TestServer(configure: { $0.metrics.enabled = false })
        try await off.test { c in
            let r = try await c.call(.get, "/metrics")
            #expect(r.status == .notFound)
        }
    }

    @Test("webhook deliveries by outcome")
    func deliveries() async throws {
        let server = try await TestServer(configure: WebhookDeliveryTests.settings)
        let receiver = WebhookReceiver()
        receiver.answer([500])
        try await receiver.run { port in
            try await server.test { c in
                let hook = try await WebhookDeliveryTests.setUp(c, port: port)
                try await WebhookDeliveryTests.addUser(c, hook.token, 1)
                let dispatcher = server.backend.webhookDispatcher
                try await dispatcher.deliverDue()
                server.clock.advance(2)
                try await dispatcher.deliverDue()
                let t = try await c.call(.get, "/metrics").body
                #expect(Self.sample(t, #"aiser_webhook_deliveries_total{outcome="retrying"}"#) == 1)
                #expect(Self.sample(t, #"aiser_webhook_deliveries_total{outcome="delivered"}"#) == 1)
                #expect(Self.sample(t, #"aiser_webhook_deliveries_total{outcome="failed"}"#) == 0)
            }
        }
    }
}
