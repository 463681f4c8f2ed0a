import Foundation

/// Holds blocking closures on a pool's threads (`wait()`) until the test lets them go
/// (`open(count)`): how a test fills a thread pool for exactly as long as it needs.
final class ThreadLatch: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)

    func wait() { semaphore.wait() }

    /// Lets `count` waiters (present or future) through.
    func open(_ count: Int) { for _ in 0..<count { semaphore.signal() } }
}
