import Foundation
import Logging
import ServiceLifecycle

/// Records usage for the JSON metrics: requests into `UsageCounters` (memory), written to the
/// database in one transaction every `flushSeconds` and before the metrics are read; and a
/// heartbeat for each minute the server runs. Runs as a ServiceLifecycle service.
final class UsageRecorder: Service, Sendable {
    /// How often pending counters are written and the heartbeat recorded.
    static let flushSeconds = 15

    let counters = UsageCounters()
    let repository: any UsageRepository
    let now: @Sendable () -> Date
    let logger: Logger

    init(repository: any UsageRepository, now: @escaping @Sendable () -> Date, logger: Logger) {
        self.repository = repository
        self.now = now
        self.logger = logger
    }

    var epoch: Int64 { Int64(now().timeIntervalSince1970.rounded(.down)) }

    /// Counts one answered request (`userID` `""`: the server-wide count).
    func request(userID: String, organizationID: String, status: Int, seconds: Double, isAIQuery: Bool) {
        counters.record(
            userID: userID, organizationID: organizationID, at: epoch, status: status, seconds: seconds,
            isAIQuery: isAIQuery)
    }

    /// Writes the pending counters; on failure they stay pending for the next write.
    func flush() async {
        let batch = counters.drain()
        do { try await repository.add(batch) } catch {
            counters.restore(batch)
            logger.warning("Cannot write usage counters.", metadata: ["aiser.error": "\(error)"])
        }
    }

    /// Records that the server runs this minute.
    func beat() async {
        do { try await repository.heartbeat(at: epoch) } catch {
            logger.warning("Cannot write the heartbeat.", metadata: ["aiser.error": "\(error)"])
        }
    }

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            await beat()
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(Self.flushSeconds)) }
            await flush()
        }
        await flush()
    }
}
