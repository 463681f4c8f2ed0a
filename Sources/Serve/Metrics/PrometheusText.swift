import Foundation

/// The Prometheus text exposition format (version 0.0.4) of a `MetricsRecorder` snapshot.
enum PrometheusText {
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    static func render(_ s: MetricsRecorder.State) -> String {
        var out: [String] = []
        func family(_ name: String, _ type: String, _ help: String) {
            out.append("# HELP \(name) \(help)")
            out.append("# TYPE \(name) \(type)")
        }
        family("aiser_http_requests_total", "counter", "HTTP requests answered, by method, route template and status.")
        for (key, n) in s.requests.sorted(by: { order($0.key) < order($1.key) }) {
            out.append(
                "aiser_http_requests_total{method=\"\(key.method)\",route=\"\(escape(key.route))\",status=\"\(key.status)\"} \(n)"
            )
        }
        family("aiser_http_request_duration_seconds", "histogram", "Time to answer a request, by method and route.")
        for (series, h) in s.latency.sorted(by: { $0.key < $1.key }) {
            let parts = series.split(separator: " ", maxSplits: 1).map(String.init)
            let labels = "method=\"\(parts[0])\",route=\"\(escape(parts[1]))\""
            var cumulative = 0
            for (bound, n) in zip(MetricsRecorder.buckets, h.counts) {
                cumulative += n
                out.append(
                    "aiser_http_request_duration_seconds_bucket{\(labels),le=\"\(number(bound))\"} \(cumulative)")
            }
            out.append("aiser_http_request_duration_seconds_bucket{\(labels),le=\"+Inf\"} \(h.count)")
            out.append("aiser_http_request_duration_seconds_sum{\(labels)} \(number(h.sum))")
            out.append("aiser_http_request_duration_seconds_count{\(labels)} \(h.count)")
        }
        family("aiser_uploads_total", "counter", "Data sources uploaded (successful POST /api/v1/data/upload).")
        out.append("aiser_uploads_total \(s.uploads)")
        family(
            "aiser_ai_queries_total", "counter",
            "Natural-language requests answered (POST /api/v1/analytics/chart, /ai/intelligent-analysis, /ai/workflow)."
        )
        out.append("aiser_ai_queries_total \(s.aiQueries)")
        family("aiser_webhook_deliveries_total", "counter", "Webhook delivery attempts, by outcome.")
        for outcome in ["delivered", "retrying", "failed"] {
            out.append("aiser_webhook_deliveries_total{outcome=\"\(outcome)\"} \(s.deliveries[outcome] ?? 0)")
        }
        family(
            "aiser_export_cache_total", "counter", "Chart exports answered from the export cache (hit) or drawn (miss)."
        )
        out.append("aiser_export_cache_total{result=\"hit\"} \(s.exportCacheHits)")
        out.append("aiser_export_cache_total{result=\"miss\"} \(s.exportCacheMisses)")
        family("aiser_embed_streams_open", "gauge", "Live embed update streams (/embed/…/events) open now.")
        out.append("aiser_embed_streams_open \(s.embedStreams)")
        return out.joined(separator: "\n") + "\n"
    }

    private static func order(_ k: MetricsRecorder.RequestKey) -> String { "\(k.route) \(k.method) \(k.status)" }

    /// Label values escape backslash, double quote and newline.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// A float as Prometheus reads it (`0.005`, `1`, `2.5`).
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
