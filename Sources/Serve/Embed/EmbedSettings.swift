/// Live embeds: the signing key's label, the longest token lifetime, stream bounds and timings.
public struct EmbedSettings: Sendable, Equatable {
    /// The label the embed signing key is derived from `AISER_SECRET` with; changing it (rotating
    /// the key) refuses every embed token minted before.
    public var keyLabel = "aiser-embed-key-1"
    /// The longest `expires_in` a token may ask for, in seconds (30 days).
    public var maxTokenSeconds = 30 * 24 * 3600
    /// Live-update streams open at once with one token.
    public var streamsPerToken = 500
    /// Live-update streams open at once for one organization.
    public var streamsPerOrganization = 2000
    /// Seconds between heartbeat comments on an idle stream.
    public var heartbeatSeconds = 15
    /// Updates waiting for a slow reader before its stream is dropped.
    public var streamBuffer = 8
    /// Seconds a live-update stream's write may wait for a slow reader before the stream is
    /// closed (the page reconnects).
    public var writeSeconds = 10

    public init() {}
}
