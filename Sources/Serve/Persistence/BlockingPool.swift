import NIOPosix

/// A few dedicated threads for blocking work (SQLite calls, bcrypt, ingest), so that it never
/// occupies Swift's cooperative pool, whose handful of threads run every request's async code:
/// a slow query then delays only work queued behind it on this pool, not `/healthz`.
/// Work beyond `threads` waits in the pool's queue. The threads stop on `shutdown()`, or when
/// the last owner lets go of the pool.
final class BlockingPool: Sendable {
    /// How many closures run at once.
    let threads: Int
    private let pool: NIOThreadPool

    init(threads: Int) {
        self.threads = max(1, threads)
        pool = NIOThreadPool(numberOfThreads: self.threads)
        pool.start()
    }

    deinit { pool.shutdownGracefully { _ in } }

    /// Runs `body` on one of the pool's threads and answers its result; a pool that has been
    /// shut down throws.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(body)
    }

    /// Lets running work finish, cancels queued work (it throws `CancellationError`), and stops
    /// the threads.
    func shutdown() async {
        try? await pool.shutdownGracefully()
    }
}
