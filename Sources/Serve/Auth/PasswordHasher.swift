import HummingbirdBcrypt

/// bcrypt password hashing on the metadata store's thread pool (never on the cooperative pool),
/// with a dummy hash so that a login for an unknown email costs the same as one for a known email.
struct PasswordHasher: Sendable {
    let cost: Int
    let pool: BlockingPool
    private let dummyHash: String

    init(cost: Int, pool: BlockingPool) {
        self.cost = cost
        self.pool = pool
        dummyHash = Bcrypt.hash(RandomToken.string(length: 24), cost: UInt8(cost))
    }

    func hash(_ password: String) async throws -> String {
        let cost = UInt8(self.cost)
        return try await pool.run { Bcrypt.hash(password, cost: cost) }
    }

    /// Checks `password` against `hash`, or against the dummy hash when there is no user.
    func verify(_ password: String, against hash: String?) async throws -> Bool {
        let target = hash ?? dummyHash
        let ok = try await pool.run { Bcrypt.verify(password, hash: target) }
        return ok && hash != nil
    }
}
