import NIOPosix
import Synchronization

/// A few dedicated threads for blocking work (SQLite calls, bcrypt, ingest), so that it never
/// occupies Swift's cooperative pool, whose handful of threads run every request's async code:
/// a slow query then delays only work queued behind it on this pool, not `/healthz`.
/// Work beyond `threads` waits in the pool's queue. The threads stop on `shutdown()`, or when
/// the last owner lets go of the pool.
final class BlockingPool: Sendable {
    /// How many closures run at once.
    let threads: Int
    private let pool: NIOThreadPool
    private let submitted = Atomic<Int>(0)
    private let running = Atomic<Int>(0)

    init(threads: Int) {
        self.threads = max(1, threads)
        pool = NIOThreadPool(numberOfThreads: self.threads)
        pool.start()
    }

    deinit { pool.shutdownGracefully { _ in } }

    /// Runs `body` on one of the pool's threads and answers its result; a pool that has been
    /// shut down throws.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        submitted.add(1, ordering: .relaxed)
        defer { submitted.subtract(1, ordering: .relaxed) }
        return try await pool.runIfActive { [self] in
            running.add(1, ordering: .relaxed)
            defer { running.subtract(1, ordering: .relaxed) }
            return try body()
        }
    }

    /// Closures running now (at most `threads`).
    var busy: Int { running.load(ordering: .relaxed) }

    /// Closures submitted and not yet started.
    var queued: Int { max(0, submitted.load(ordering: .relaxed) - running.load(ordering: .relaxed)) }

    /// Lets running work finish, cancels queued work (it throws `CancellationError`), and stops
    /// the threads.
    func shutdown() async {
        try? await pool.shutdownGracefully()
    }
}
