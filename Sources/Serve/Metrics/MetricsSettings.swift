/// `GET /metrics` (the `AISER_METRICS*` settings).
public struct MetricsSettings: Sendable, Equatable {
    /// Whether `/metrics` answers at all.
    public var enabled = true
    /// When set, `/metrics` needs `Authorization: Bearer <token>`.
    public var token: String?
    /// Whether requests are counted (Prometheus counters and the JSON metrics' request figures).
    public var recording = true

    public init() {}
}
