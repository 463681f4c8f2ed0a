import Synchronization

/// A count of things open right now (the embed event streams), exported by `GET /metrics` as a
/// gauge. Whoever opens one calls `opened()` and, when it ends, `closed()`.
///
/// ```swift
/// backend.metrics.embedStreams.opened()
/// defer { backend.metrics.embedStreams.closed() }
/// ```
final class StreamGauge: Sendable {
    private let open = Atomic<Int>(0)

    init() {}

    func opened() { open.add(1, ordering: .relaxed) }
    func closed() { open.subtract(1, ordering: .relaxed) }

    /// How many are open.
    var value: Int { open.load(ordering: .relaxed) }
}
