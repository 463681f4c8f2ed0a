import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// Delivers the outbox: a ServiceLifecycle service that looks for due deliveries every
/// `pollSeconds`, sends each with bounded concurrency (overall and per hook), and records the
/// outcome. State lives in the database, so pending deliveries resume after a restart.
final class WebhookDispatcher: Service, Sendable {
    let repository: WebhookRepository
    let urlGuard: URLGuard
    let settings: WebhookSettings
    let metrics: MetricsRecorder
    let now: @Sendable () -> Date
    let logger: Logger
    /// Deliveries in flight (by id) and per-hook counts.
    private let inFlight = Mutex<(ids: Set<String>, perHook: [String: Int])>(([], [:]))

    init(
        repository: WebhookRepository, urlGuard: URLGuard, settings: WebhookSettings, metrics: MetricsRecorder,
        now: @escaping @Sendable () -> Date, logger: Logger
    ) {
        self.repository = repository
        self.urlGuard = urlGuard
        self.settings = settings
        self.metrics = metrics
        self.now = now
        self.logger = logger
    }

    /// An HTTP client that follows no redirects and has the configured timeouts.
    func makeClient() -> HTTPClient {
        let timeout = HTTPClient.Configuration.Timeout(
            connect: .seconds(Int64(min(settings.connectTimeoutSeconds, settings.totalTimeoutSeconds))),
            read: .seconds(Int64(settings.totalTimeoutSeconds)))
        return HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: .init(redirectConfiguration: .disallow, timeout: timeout))
    }

    /// Looks at the outbox every `pollSeconds`, and again as soon as a delivery finishes (so a
    /// backlog drains at the speed of the receivers, not one batch per poll).
    func run() async throws {
        let client = makeClient()
        await withTaskGroup(of: Bool.self) { group in
            var timerPending = false
            while !Task.isCancelled && !Task.isShuttingDownGracefully {
                for delivery in (try? await claimDue()) ?? [] {
                    group.addTask {
                        await self.attempt(delivery, client: client)
                        return true
                    }
                }
                if !timerPending {
                    timerPending = true
                    group.addTask {
                        try? await Task.sleep(for: .seconds(self.settings.pollSeconds))
                        return false
                    }
                }
                // A finished delivery (true) or the poll timer (false).
                if let delivered = await group.next(), !delivered { timerPending = false }
            }
            await group.waitForAll()
        }
        try? await client.shutdown()
    }

    /// Sends every delivery due now and waits for the outcomes (tests, benchmarks).
    func deliverDue() async throws {
        let client = makeClient()
        defer { _ = client.shutdown() as EventLoopFuture<Void> }
        while true {
            let batch = try await claimDue()
            if batch.isEmpty { break }
            await withTaskGroup(of: Void.self) { group in
                for d in batch { group.addTask { await self.attempt(d, client: client) } }
            }
        }
    }

    /// Due deliveries that fit the concurrency limits, marked as in flight.
    private func claimDue() async throws -> [DeliveryRecord] {
        let busy = inFlight.withLock { $0.ids }
        let free = settings.concurrency - busy.count
        guard free > 0 else { return [] }
        let due = try await repository.due(at: epoch, limit: free * 4, excluding: busy)
        return inFlight.withLock { state in
            var claimed: [DeliveryRecord] = []
            for d in due where claimed.count < free && !state.ids.contains(d.id) {
                guard state.perHook[d.webhookID, default: 0] < settings.perHookConcurrency else { continue }
                state.ids.insert(d.id)
                state.perHook[d.webhookID, default: 0] += 1
                claimed.append(d)
            }
            return claimed
        }
    }

    func releaseClaim(_ d: DeliveryRecord) {
        inFlight.withLock { state in
            state.ids.remove(d.id)
            state.perHook[d.webhookID, default: 1] -= 1
            if state.perHook[d.webhookID] == 0 { state.perHook[d.webhookID] = nil }
        }
    }

    var epoch: Int64 { Int64(now().timeIntervalSince1970) }
}
