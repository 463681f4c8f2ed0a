import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import TestSupport

@testable import Serve

/// A server on a fresh data directory with a platform administrator, cheap bcrypt and
/// generous rate limits, for in-process tests.
struct TestServer {
    static let adminEmail = "admin@example.com"
    static let adminPassword = "correct horse battery"

    let server: AiserServer
    let directory: TemporaryDirectory
    let clock: TestClock
    var settings: ServerSettings

    init(
        rateLimits: RateLimits = .uniform(100_000), clock: TestClock = TestClock(),
        configure: (inout ServerSettings) -> Void = { _ in }
    ) async throws {
        directory = try TemporaryDirectory("aiser-serve")
        var settings = ServerSettings()
        settings.dataDirectory = directory.url.path
        settings.port = 0
        settings.bcryptCost = 4
        settings.rateLimits = rateLimits
        settings.adminEmail = Self.adminEmail
        settings.adminPassword = Self.adminPassword
        configure(&settings)
        self.settings = settings
        self.clock = clock
        var logger = Logger(label: "aiser.test")
        logger.logLevel = .critical
        server = try await AiserServer.make(settings: settings, logger: logger, now: clock.function)
    }

    var backend: Backend { server.backend }

    /// Runs `body` against the application in-process, then stops the stores' threads.
    func test(_ body: @escaping @Sendable (Client) async throws -> Void) async throws {
        defer { directory.remove() }
        do {
            try await server.application.test(.router) { client in try await body(Client(client: client)) }
        } catch {
            await backend.shutdown()
            throw error
        }
        await backend.shutdown()
    }
}
