import Foundation

extension Setting {
    /// The `AISER_EMBED_*` settings.
    static let embedSettings: [Setting] = [
        Setting(
            "AISER_EMBED_KEY_LABEL", default: { $0.embed.keyLabel },
            "Label the embed-token signing key is derived from AISER_SECRET with (separate from the login key); changing it rotates the key and refuses every embed token minted before."
        ) {
            let label = $1.trimmingCharacters(in: .whitespaces)
            guard (1...100).contains(label.count) else {
                throw SettingsError("AISER_EMBED_KEY_LABEL must be 1 to 100 characters.")
            }
            $0.embed.keyLabel = label
        },
        Setting(
            "AISER_EMBED_MAX_SECONDS", default: { String($0.embed.maxTokenSeconds) },
            "Longest lifetime an embed token may be minted with (`expires_in`), in seconds."
        ) { $0.embed.maxTokenSeconds = try int($1, "AISER_EMBED_MAX_SECONDS", 60...31_536_000) },
        Setting(
            "AISER_EMBED_STREAMS_PER_TOKEN", default: { String($0.embed.streamsPerToken) },
            "Live-update streams (`/embed/…/events`) open at once with one embed token; more answer 429."
        ) { $0.embed.streamsPerToken = try int($1, "AISER_EMBED_STREAMS_PER_TOKEN", 1...10_000) },
        Setting(
            "AISER_EMBED_STREAMS_PER_ORGANIZATION", default: { String($0.embed.streamsPerOrganization) },
            "Live-update streams open at once for one organization's embeds; more answer 429."
        ) { $0.embed.streamsPerOrganization = try int($1, "AISER_EMBED_STREAMS_PER_ORGANIZATION", 1...1_000_000) },
        Setting(
            "AISER_EMBED_HEARTBEAT_SECONDS", default: { String($0.embed.heartbeatSeconds) },
            "Seconds between heartbeat comments on an idle live-update stream (keeps proxies from closing it)."
        ) { $0.embed.heartbeatSeconds = try int($1, "AISER_EMBED_HEARTBEAT_SECONDS", 1...300) },
        Setting(
            "AISER_EMBED_STREAM_BUFFER", default: { String($0.embed.streamBuffer) },
            "Updates queued for a live-update stream whose reader is slow; past this the stream is dropped (the page reconnects)."
        ) { $0.embed.streamBuffer = try int($1, "AISER_EMBED_STREAM_BUFFER", 1...1000) },
        Setting(
            "AISER_EMBED_WRITE_SECONDS", default: { String($0.embed.writeSeconds) },
            "Seconds a live-update stream's write may wait for a reader that does not read; past this the stream is closed (the page reconnects)."
        ) { $0.embed.writeSeconds = try int($1, "AISER_EMBED_WRITE_SECONDS", 1...300) },
    ]
}
