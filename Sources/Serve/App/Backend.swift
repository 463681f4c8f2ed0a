import Foundation
import Logging

/// Everything the controllers share: settings, repositories, token and password services,
/// the rate limiter and the clock.
struct Backend: Sendable {
    let settings: ServerSettings
    let metadata: MetadataStore
    let users: any UserRepository
    let organizations: any OrganizationRepository
    let sessions: any SessionRepository
    let apiKeys: any APIKeyRepository
    let dataSources: any DataSourceRepository
    let charts: any ChartRepository
    let dashboards: any DashboardRepository
    let aiResults: any AIResultRepository
    /// The full-text index of charts, dashboards, data sources and users.
    let search: any SearchRepository
    /// The data-source files and the pool their work runs on.
    let sources: SourceStore
    let webhooks: WebhookRepository
    /// The SSRF guard for webhook URLs.
    let urlGuard: URLGuard
    /// Warehouse sources: the hosts they may connect to, and the key sealing their passwords.
    let warehouseHosts: WarehouseHostPolicy
    let warehousePasswords: SecretBox
    /// Request, upload, AI-query and webhook counters for `GET /metrics`.
    let metrics: MetricsRecorder
    /// Chart exports already made.
    let exports: ExportCache
    /// Request counters and heartbeats for the JSON metrics.
    let usage: UsageRecorder
    let signer: TokenSigner
    /// The embed-token key (derived from the secret with its own label) and embed generations.
    let embedSigner: EmbedSigner
    let embedGenerations: EmbedGenerations
    /// Changes that live embed streams redraw on, and the bounds on those streams.
    let embedUpdates: any EmbedUpdates
    let embedStreams: EmbedStreamLimits
    /// The drawings open streams share (one per scope and change).
    let embedDrawings: EmbedDrawings
    let hasher: PasswordHasher
    /// Identities of credentials seen before, valid while the metadata database is unchanged.
    let credentials: CredentialCache
    let limiter: RateLimiter
    let calls: CallCounter
    /// Timings of answered questions (for `GET /ai/models`).
    let askTimings: AskTimings
    let now: @Sendable () -> Date
    let logger: Logger

    /// Opens the data directory and the metadata database, and prepares the services.
    static func open(settings: ServerSettings, logger: Logger, now: @escaping @Sendable () -> Date) async throws
        -> Backend
    {
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
            try fm.createDirectory(at: settings.sourcesDirectory, withIntermediateDirectories: true)
        } catch {
            throw SettingsError("Cannot create the data directory \(settings.dataDirectory).")
        }
        let secret = try SecretProvider.secret(for: settings)
        let metadata = try MetadataStore(path: settings.metadataPath)
        let organizations = SQLiteOrganizationRepository(db: metadata)
        let dataSources = SQLiteDataSourceRepository(db: metadata)
        let files = SourceFiles(directory: settings.sourcesDirectory)
        do { try files.prepare() } catch { throw SettingsError("Cannot create the sources directory.") }
        files.cleanUp(keeping: try await dataSources.allIDs())
        let metrics = MetricsRecorder()
        return Backend(
            settings: settings, metadata: metadata, users: SQLiteUserRepository(db: metadata),
            organizations: organizations, sessions: SQLiteSessionRepository(db: metadata),
            apiKeys: SQLiteAPIKeyRepository(db: metadata), dataSources: dataSources,
            charts: SQLiteChartRepository(db: metadata), dashboards: SQLiteDashboardRepository(db: metadata),
            aiResults: SQLiteAIResultRepository(db: metadata), search: SQLiteSearchRepository(db: metadata),
            sources: SourceStore(
                files: files, cacheSize: settings.sourceCacheSize, cacheBudget: settings.sourceCacheMegabytes << 20,
                limits: settings.work),
            webhooks: WebhookRepository(db: metadata, box: SecretBox(serverSecret: secret)),
            urlGuard: URLGuard(
                resolver: SystemResolver(), allowPrivate: settings.webhooks.allowPrivate,
                requireHTTPS: settings.mode == .production),
            warehouseHosts: WarehouseHostPolicy(settings.warehouse.allowedHosts),
            warehousePasswords: SecretBox(serverSecret: secret, label: SecretBox.warehouseLabel),
            metrics: metrics, exports: ExportCache(limits: settings.export),
            usage: UsageRecorder(repository: SQLiteUsageRepository(db: metadata), now: now, logger: logger),
            signer: await TokenSigner(secret: secret, lifetime: settings.accessTokenSeconds, now: now),
            embedSigner: await EmbedSigner(secret: secret, label: settings.embed.keyLabel, now: now),
            embedGenerations: EmbedGenerations(db: metadata), embedUpdates: LocalEmbedHub(),
            embedStreams: EmbedStreamLimits(
                perToken: settings.embed.streamsPerToken, perOrganization: settings.embed.streamsPerOrganization,
                metrics: metrics),
            embedDrawings: EmbedDrawings(),
            hasher: PasswordHasher(
                cost: settings.bcryptCost, pool: BlockingPool(threads: settings.passwordWorkers),
                queueLimit: settings.passwordQueue),
            credentials: CredentialCache { try metadata.changeCount() },
            limiter: RateLimiter(limits: settings.rateLimits, now: now),
            calls: CallCounter(repository: organizations), askTimings: AskTimings(), now: now, logger: logger)
    }

    /// Checks embed tokens for `AccessMiddleware`.
    var embedGate: EmbedGate {
        EmbedGate(signer: embedSigner, generations: embedGenerations, charts: charts, dashboards: dashboards)
    }

    /// The current time in whole epoch seconds.
    var epoch: Int64 { Int64(now().timeIntervalSince1970) }

    /// The data-source files.
    var files: SourceFiles { sources.files }

    /// The NL engine over this server's data-source files.
    var asker: SourceAsker { SourceAsker(store: sources, timings: askTimings) }

    /// Closes the metadata database and stops the stores' threads once running work is done.
    func shutdown() async {
        await sources.jobs.shutdown()
        await metadata.shutdown()
        await sources.pool.shutdown()
    }
}
