import Synchronization

@testable import Serve

/// The events a dev server reported, in order.
final class EventLog: Sendable {
    private let events = Mutex<[DevEvent]>([])

    func append(_ event: DevEvent) { events.withLock { $0.append(event) } }

    var all: [DevEvent] { events.withLock { $0 } }
}
