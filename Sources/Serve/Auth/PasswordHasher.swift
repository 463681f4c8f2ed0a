import Foundation
import HummingbirdBcrypt

/// bcrypt password hashing, with a dummy hash so that a login for an unknown email costs the
/// same as one for a known email.
struct PasswordHasher: Sendable {
    let cost: Int
    private let dummyHash: String

    init(cost: Int) {
        self.cost = cost
        dummyHash = Bcrypt.hash(RandomToken.string(length: 24), cost: UInt8(cost))
    }

    func hash(_ password: String) async -> String {
        let cost = UInt8(self.cost)
        return await Self.offload { Bcrypt.hash(password, cost: cost) }
    }

    /// Checks `password` against `hash`, or against the dummy hash when there is no user.
    func verify(_ password: String, against hash: String?) async -> Bool {
        let target = hash ?? dummyHash
        let ok = await Self.offload { Bcrypt.verify(password, hash: target) }
        return ok && hash != nil
    }

    /// Runs CPU-heavy bcrypt off the cooperative pool's current task.
    private static func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
