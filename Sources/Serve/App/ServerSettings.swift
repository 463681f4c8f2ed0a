import Foundation

/// Everything `aiser serve` can be configured with. The field initializers are the one place
/// the defaults are written; `Setting.all` documents them by reading `ServerSettings()`, and the
/// reference page and CLI help are generated from that table.
public struct ServerSettings: Sendable, Equatable {
    /// `development` generates and keeps a secret; `production` refuses weak or missing ones.
    public enum Mode: String, Sendable, CaseIterable {
        case development, production
    }

    public var host = "127.0.0.1"
    public var port = 8000
    public var dataDirectory = "aiser-data"
    public var secret: String?
    public var mode = Mode.development
    public var adminEmail: String?
    public var adminPassword: String?
    /// Largest accepted upload in bytes (100 MiB).
    public var uploadLimit = 100 * 1024 * 1024
    /// Whether a CSV or TSV upload is loaded into columns on one more thread while it is
    /// ingested, so that the first question after it waits less for the source's NL artefacts.
    /// Off by default: on a busy two-core machine the load beside it slowed the ingest more than
    /// it shortened that wait (debug runs of bench/serve-analytics: ingest 21–26 s instead of
    /// 9–12 s, first chart 19–20 s instead of 25–29 s after the answer).
    public var uploadPreload = false
    /// Largest accepted JSON request body in bytes (1 MiB).
    public var jsonBodyLimit = 1024 * 1024
    public var rateLimits = RateLimits()
    /// Connection deadlines and caps.
    public var connections = ConnectionLimits()
    /// Limits of heavy work (uploads' ingest, questions, analyses, workflows).
    public var work = WorkLimits()
    /// Addresses of reverse proxies whose `X-Forwarded-For` is believed.
    public var trustedProxies: [String] = []
    /// bcrypt work factor for new password hashes.
    public var bcryptCost = 12
    /// Threads that hash and check passwords (half the processors, at least 1): a login flood
    /// keeps these busy, never the metadata store's threads that every other request reads on.
    public var passwordWorkers = max(1, ProcessInfo.processInfo.activeProcessorCount / 2)
    /// Password checks and hashes waiting at most; past that, logins get 503 with `retry_after`.
    public var passwordQueue = 32
    /// Lifetime of an access token in seconds.
    public var accessTokenSeconds = 3600
    /// Lifetime of a refresh token (family) in seconds.
    public var refreshTokenSeconds = 30 * 24 * 3600
    /// The base URL clients reach the server at (`https://aiser.example.com`, no trailing
    /// slash); links the API hands out, such as `chart_url`, are absolute under it.
    public var publicURL: String?
    /// How many data-source readers (read connection and NL lexicon) are kept for questions.
    public var sourceCacheSize = 16
    /// The most memory those readers may hold between them (SQLite caches and NL vocabulary), MiB.
    public var sourceCacheMegabytes = 256
    /// Webhook delivery: SSRF exceptions, retries, timeouts, concurrency.
    public var webhooks = WebhookSettings()
    /// `GET /metrics`: on or off, and its token.
    public var metrics = MetricsSettings()
    /// Export sizes and the export cache.
    public var export = ExportLimits()
    /// Live embeds: key label, token lifetime, stream bounds.
    public var embed = EmbedSettings()
    /// Warehouse sources: the hosts they may name, their query limits.
    public var warehouse = WarehouseSettings()

    public init() {}

    /// The metadata database file.
    var metadataPath: String { URL(fileURLWithPath: dataDirectory).appendingPathComponent("aiser.sqlite").path }
    /// The folder holding one SQLite file per data source.
    var sourcesDirectory: URL { URL(fileURLWithPath: dataDirectory).appendingPathComponent("sources") }
}
