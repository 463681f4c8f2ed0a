import Foundation
import HTTPTypes
import Synchronization
import Testing

@testable import Serve

/// Blocking store work runs on the stores' own threads: however many slow calls are running,
/// Swift's cooperative pool stays free for other requests.
@Suite("Blocking work on the stores' thread pools")
struct BlockingPoolTests {
    /// A counter the pool's threads and the test share.
    final class Counter: Sendable {
        let value = Atomic<Int>(0)
        let peak = Atomic<Int>(0)
    }

    @Test("/healthz answers while more slow metadata reads run than the machine has cores")
    func healthzDuringSlowReads() async throws {
        let server = try await TestServer()
        let finished = Counter()
        // Enough blocking calls to occupy every cooperative thread if they ran there.
        let count = ProcessInfo.processInfo.activeProcessorCount * 2 + 2
        try await server.test { c in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<count {
                    group.addTask {
                        try await server.backend.metadata.read { _ in
                            Thread.sleep(forTimeInterval: 3)
                            finished.value.add(1, ordering: .relaxed)
                        }
                    }
                }
                try await Task.sleep(for: .milliseconds(200))
                let health = try await c.call(.get, "/healthz")
                #expect(health.status == .ok)
                #expect(finished.value.load(ordering: .relaxed) == 0, "/healthz waited for the slow reads")
                try await group.waitForAll()
            }
            #expect(finished.value.load(ordering: .relaxed) == count)
        }
    }

    @Test("a pool runs at most its thread count at once and refuses work after shutdown")
    func boundedAndShutdown() async throws {
        let pool = BlockingPool(threads: 2)
        let running = Counter()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<6 {
                group.addTask {
                    try await pool.run {
                        let now = running.value.add(1, ordering: .relaxed).newValue
                        running.peak.max(now, ordering: .relaxed)
                        Thread.sleep(forTimeInterval: 0.05)
                        running.value.subtract(1, ordering: .relaxed)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(running.peak.load(ordering: .relaxed) == 2)
        await pool.shutdown()
        await #expect(throws: (any Error).self) { try await pool.run { 1 } }
    }
}
