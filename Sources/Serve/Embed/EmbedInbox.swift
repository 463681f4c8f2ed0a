import Synchronization

/// The bounded queue of one live-update stream: changes and timer ticks wait here for the
/// stream to write them. When a slow reader lets it fill up, the inbox closes: the stream ends
/// after its pending write and the page reconnects (`Last-Event-ID` resumes it).
final class EmbedInbox: Sendable {
    enum Signal: Sendable, Equatable {
        case change(EmbedChange)
        /// Time for a heartbeat (and to check the token's expiry).
        case tick
        /// Time to re-run the queries (`settings.auto_refresh`).
        case refresh
    }

    let organizationID: String
    let signals: AsyncStream<Signal>
    private let continuation: AsyncStream<Signal>.Continuation
    private let overflowed = Mutex(false)

    init(organizationID: String, capacity: Int) {
        self.organizationID = organizationID
        (signals, continuation) = AsyncStream.makeStream(of: Signal.self, bufferingPolicy: .bufferingOldest(capacity))
    }

    /// Queues `signal`; a full queue closes the inbox.
    func offer(_ signal: Signal) {
        if case .dropped = continuation.yield(signal) {
            overflowed.withLock { $0 = true }
            continuation.finish()
        }
    }

    /// Whether the inbox closed because its reader fell behind.
    var isOverflowed: Bool { overflowed.withLock { $0 } }

    func close() { continuation.finish() }
}
