import Engine
import Synchronization

/// Notices commits to a SQLite database through SQLite's `PRAGMA data_version`: the value a
/// connection returns changes when any other connection — this process's writer or another
/// process — has committed since that connection last looked. Checking costs one short read
/// transaction, on the first of a few connections that is free (every authenticated request
/// checks; one connection behind one lock made the requests of all threads queue for it).
///
/// `data_version` is a per-connection counter, so values of different connections cannot be
/// compared. Each connection keeps the value it saw last, and a change seen by any of them
/// bumps one shared generation, which is what `count()` returns: every connection's first look
/// after a commit sees that commit, so the generation moves before anyone can miss it.
final class ChangeWatcher: Sendable {
    private struct Watch: @unchecked Sendable {
        let connection: Connection
        let statement: Statement
        var last: Int64
    }

    /// One connection behind its own lock.
    private final class Slot: Sendable {
        let watch: Mutex<Watch>
        init(_ watch: Watch) { self.watch = Mutex(watch) }
    }

    private let slots: [Slot]
    private let generation = Atomic<Int64>(1)

    init(path: String, connections: Int = 4) throws {
        slots = try (0..<max(1, connections)).map { _ in
            let connection = try Connection(path: path, mode: .readOnly)
            let statement = try connection.prepare("PRAGMA data_version")
            return Slot(Watch(connection: connection, statement: statement, last: try Self.value(of: statement)))
        }
    }

    /// The current generation; it never decreases, and it is larger than every value returned
    /// before a commit that happened since.
    func count() throws -> Int64 {
        for slot in slots {
            if let value = try slot.watch.withLockIfAvailable({ try look(&$0) }) { return value }
        }
        return try slots[0].watch.withLock { try look(&$0) }
    }

    /// Reads `w`'s counter; a change since its last look bumps the generation.
    private func look(_ w: inout Watch) throws -> Int64 {
        let value = try Self.value(of: w.statement)
        if value != w.last {
            w.last = value
            return generation.add(1, ordering: .sequentiallyConsistent).newValue
        }
        return generation.load(ordering: .sequentiallyConsistent)
    }

    private static func value(of statement: Statement) throws -> Int64 {
        guard let value = try statement.rows(binding: []).first?.first?.int else {
            throw StoreError(.step, "PRAGMA data_version returned no value")
        }
        return value
    }
}
