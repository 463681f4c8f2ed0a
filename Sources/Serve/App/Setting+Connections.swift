extension Setting {
    /// Deadlines and caps of client connections (`ConnectionLimits`).
    static let connections: [Setting] = [
        Setting(
            "AISER_HEADER_TIMEOUT", default: { seconds($0.connections.headerTimeout) },
            "Seconds from accepting a connection to a complete first request head; slower connections are closed."
        ) { $0.connections.headerTimeout = .seconds(try int($1, "AISER_HEADER_TIMEOUT", 1...3600)) },
        Setting(
            "AISER_IDLE_TIMEOUT", default: { seconds($0.connections.idleTimeout) },
            "Seconds a kept-alive connection may wait for its next request head before it is closed."
        ) { $0.connections.idleTimeout = .seconds(try int($1, "AISER_IDLE_TIMEOUT", 1...3600)) },
        Setting(
            "AISER_BODY_TIMEOUT", default: { seconds($0.connections.bodyGrace) },
            "Seconds a request body may take before AISER_BODY_MIN_RATE applies (the body deadline is this plus the bytes received divided by the rate)."
        ) { $0.connections.bodyGrace = .seconds(try int($1, "AISER_BODY_TIMEOUT", 1...3600)) },
        Setting(
            "AISER_BODY_MIN_RATE", default: { String($0.connections.bodyMinimumRate) },
            "Bytes per second a request body must average after AISER_BODY_TIMEOUT; slower uploads are closed."
        ) { $0.connections.bodyMinimumRate = try int($1, "AISER_BODY_MIN_RATE", 1...1_000_000_000) },
        Setting(
            "AISER_MAX_CONNECTIONS", default: { String($0.connections.maxConnections) },
            "Open connections at most (lowered to the open-file limit minus 64); further ones are closed at once."
        ) { $0.connections.maxConnections = try int($1, "AISER_MAX_CONNECTIONS", 1...1_000_000) },
        Setting(
            "AISER_MAX_CONNECTIONS_PER_CLIENT", default: { String($0.connections.maxConnectionsPerClient) },
            "Open connections at most from one client address; further ones are closed at once."
        ) { $0.connections.maxConnectionsPerClient = try int($1, "AISER_MAX_CONNECTIONS_PER_CLIENT", 1...1_000_000) },
    ]

    /// Whole seconds of `duration`, as the setting's value is written.
    static func seconds(_ duration: Duration) -> String { String(duration.components.seconds) }
}
