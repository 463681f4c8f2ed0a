import HummingbirdBcrypt

/// bcrypt password hashing on a pool of its own (never on the cooperative pool, and never on the
/// metadata store's threads, which every other request reads on: a login flood then costs
/// logins their speed, not listings theirs), with a dummy hash so that a login for an unknown
/// email costs the same as one for a known email. At most `queueLimit` checks wait for a thread;
/// past that the request is answered 503 with `retry_after` at once.
struct PasswordHasher: Sendable {
    let cost: Int
    let pool: BlockingPool
    let queueLimit: Int
    private let dummyHash: String

    init(cost: Int, pool: BlockingPool, queueLimit: Int = .max) {
        self.cost = cost
        self.pool = pool
        self.queueLimit = queueLimit
        dummyHash = Bcrypt.hash(RandomToken.string(length: 24), cost: UInt8(cost))
    }

    func hash(_ password: String) async throws -> String {
        try admit()
        let cost = UInt8(self.cost)
        return try await pool.run { Bcrypt.hash(password, cost: cost) }
    }

    /// Checks `password` against `hash`, or against the dummy hash when there is no user.
    func verify(_ password: String, against hash: String?) async throws -> Bool {
        try admit()
        let target = hash ?? dummyHash
        let ok = try await pool.run { Bcrypt.verify(password, hash: target) }
        return ok && hash != nil
    }

    /// Refuses new work when the pool's threads are busy and `queueLimit` checks already wait.
    private func admit() throws {
        guard pool.busy < pool.threads || pool.queued < queueLimit else {
            throw APIError(
                .serviceUnavailable, "The server is busy checking other passwords; try again shortly.",
                retryAfter: 1)
        }
    }
}
