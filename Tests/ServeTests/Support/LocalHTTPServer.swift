import Hummingbird
import Logging
import ServiceLifecycle

/// Runs `router` as an HTTP server on 127.0.0.1 (a free port) for the duration of `body`, which
/// gets the port; the server stops when `body` returns or throws. For tests that need a peer
/// over real sockets (webhook receivers, a fake warehouse).
enum LocalHTTPServer {
    static func run(
        _ router: Router<BasicRequestContext>, label: String, _ body: @escaping @Sendable (Int) async throws -> Void
    ) async throws {
        let port = AsyncStream<Int>.makeStream()
        var logger = Logger(label: label)
        logger.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { port.continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            let services = ServiceGroup(
                configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
            group.addTask { try await services.run() }
            var iterator = port.stream.makeAsyncIterator()
            let bound = await iterator.next() ?? 0
            do {
                try await body(bound)
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
        }
    }
}
