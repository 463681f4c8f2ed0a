extension Setting {
    /// The `AISER_METRICS*` settings.
    static let metricsSettings: [Setting] = [
        Setting(
            "AISER_METRICS", default: { String($0.metrics.enabled) },
            "`false` turns `GET /metrics` (Prometheus text) off: it then answers 404."
        ) { $0.metrics.enabled = try bool($1, "AISER_METRICS") },
        Setting(
            "AISER_METRICS_TOKEN", default: { $0.metrics.token },
            "When set, `GET /metrics` needs `Authorization: Bearer` with this token (401 otherwise)."
        ) { $0.metrics.token = $1.isEmpty ? nil : $1 },
        Setting(
            "AISER_METRICS_RECORDING", default: { String($0.metrics.recording) },
            "`false` stops counting requests (the Prometheus request counters and the request figures of the JSON metrics); logins, charts and uploads are still recorded."
        ) { $0.metrics.recording = try bool($1, "AISER_METRICS_RECORDING") },
    ]
}
