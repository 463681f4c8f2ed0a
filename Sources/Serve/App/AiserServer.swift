import Foundation
import Hummingbird
import Logging
import NIOCore

/// The `aiser serve` application: settings → backend → route table → router with middleware.
///
/// ```swift
/// let server = try await AiserServer.make(settings: try ServerSettings(environment: env), logger: logger)
/// try await server.run()   // until SIGINT/SIGTERM; in-flight requests finish first
/// ```
public struct AiserServer: Sendable {
    /// The Hummingbird application (tests drive it with `application.test(.router)`).
    public let application: Application<RouterResponder<AppContext>>
    let backend: Backend
    let routes: RouteTable

    /// Builds the application. `now` is the clock for tokens, rate limits and timestamps;
    /// `onListening` receives the bound port.
    public static func make(
        settings: ServerSettings, logger: Logger, now: @escaping @Sendable () -> Date = { Date() },
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws -> AiserServer {
        let backend = try await Backend.open(settings: settings, logger: logger, now: now)
        try await AccountService(backend: backend).bootstrapAdmin()
        let table = routeTable(backend)
        let router = Router(context: AppContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: RequestSetupMiddleware(routes: table, trustedProxies: Set(settings.trustedProxies)))
        router.add(middleware: LogMiddleware())
        // Recording requests (Prometheus and the JSON metrics) can be turned off to measure its cost.
        let recording = settings.metrics.recording
        if recording { router.add(middleware: MetricsMiddleware(recorder: backend.metrics, usage: backend.usage)) }
        router.add(
            middleware: AuthMiddleware(
                authenticator: Authenticator(
                    signer: backend.signer, sessions: backend.sessions, apiKeys: backend.apiKeys,
                    cache: backend.credentials, now: now),
                calls: backend.calls, usage: recording ? backend.usage : nil))
        router.add(middleware: RateLimitMiddleware(limiter: backend.limiter))
        // The one error edge: every middleware above it only sees responses.
        router.add(middleware: ErrorMiddleware())
        router.add(
            middleware: BodyLimitMiddleware(uploadLimit: settings.uploadLimit, jsonLimit: settings.jsonBodyLimit))
        router.add(middleware: AccessMiddleware(embeds: backend.embedGate))
        for endpoint in table.endpoints {
            let handler = endpoint.handler
            router.on(RouterPath(endpoint.route.path), method: endpoint.route.method) { request, context in
                try await handler(request, context)
            }
        }
        let application = Application(
            router: router, server: .guardedHTTP1(settings.connections, logger: logger),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "aiser"),
            services: (settings.webhooks.runsWorker ? [backend.webhookDispatcher] : []) + [backend.usage],
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? settings.port) },
            logger: logger)
        return AiserServer(application: application, backend: backend, routes: table)
    }

    /// Builds the application with a `aiser.serve` logger at `logLevel` (default info), on the
    /// logging system's handler with its metadata applied only when something is logged.
    public static func make(
        settings: ServerSettings, logLevel: String? = nil,
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws -> AiserServer {
        var logger = Logger(label: "aiser.serve") { DeferredMetadataLogHandler(Logger(label: $0).handler) }
        logger.logLevel = logLevel.flatMap(Logger.Level.init(rawValue:)) ?? .info
        return try await make(settings: settings, logger: logger, onListening: onListening)
    }

    /// Every controller's endpoints, then the OpenAPI document describing them all.
    static func routeTable(_ backend: Backend) -> RouteTable {
        let controllers: [any Controller] = [
            HealthController(backend: backend), AuthController(backend: backend), APIKeyController(backend: backend),
            UserController(backend: backend), OrganizationController(backend: backend),
            DataController(backend: backend),
            ChartController(backend: backend), DashboardController(backend: backend),
            LoginController(backend: backend),
            ExportController(backend: backend), EmbedController(backend: backend),
            AnalysisController(backend: backend),
            WorkflowController(backend: backend),
            ModelController(backend: backend), WebhookController(backend: backend),
            MetricsController(backend: backend), UsageMetricsController(backend: backend),
            SearchController(backend: backend),
        ]
        let routes = controllers.flatMap(\.endpoints).map(\.route)
        return RouteTable(controllers + [OpenAPIController(routes: routes)])
    }

    /// Every route of the API (for docs and generated tests).
    var allRoutes: [Route] { routes.routes }

    /// Serves until SIGINT or SIGTERM, lets in-flight requests finish, then writes pending
    /// counters and closes the database.
    public func run() async throws {
        try await application.runService()
        await backend.calls.flush()
        await backend.shutdown()
    }

    /// Writes pending counters (tests and shutdown).
    func flush() async {
        await backend.calls.flush()
        await backend.usage.flush()
    }
}
