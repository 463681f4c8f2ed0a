import Synchronization

/// Ids for requests that arrive without a usable `X-Request-ID`: `req_` + 12 random base-36
/// characters drawn once per process + a per-process counter in base 36
/// (`req_k3x…q2a0001`, `req_k3x…q2a0002`, …). Unique across replicas (the random part) and within
/// a process (the counter) without a system call per request; they identify, they are not secrets.
final class RequestIDs: Sendable {
    private let prefix: [UInt8]
    private let counter = Atomic<UInt64>(0)
    private static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    init() {
        prefix = Array("req_\(RandomToken.string(length: 12))".utf8)
    }

    /// The next id.
    func next() -> String {
        var n = counter.wrappingAdd(1, ordering: .relaxed).newValue
        var tail: [UInt8] = []
        while n > 0 || tail.count < 4 {
            tail.append(Self.digits[Int(n % 36)])
            n /= 36
        }
        return String(unsafeUninitializedCapacity: prefix.count + tail.count) { buffer in
            var i = 0
            for b in prefix { buffer[i] = b; i += 1 }
            for b in tail.reversed() { buffer[i] = b; i += 1 }
            return i
        }
    }
}
