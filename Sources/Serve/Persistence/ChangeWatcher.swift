import Engine
import Synchronization

/// Notices commits to a SQLite database through SQLite's `PRAGMA data_version` on a connection
/// of its own: the value changes when any other connection — this process's writer or another
/// process — has committed since the last look. Checking costs one short read transaction.
final class ChangeWatcher: Sendable {
    private struct Watch: @unchecked Sendable {
        let connection: Connection
        let statement: Statement
    }

    private let watch: Mutex<Watch>

    init(path: String) throws {
        let connection = try Connection(path: path, mode: .readOnly)
        watch = Mutex(Watch(connection: connection, statement: try connection.prepare("PRAGMA data_version")))
    }

    /// The current data version; it never decreases.
    func count() throws -> Int64 {
        try watch.withLock { w in
            guard let value = try w.statement.rows(binding: []).first?.first?.int else {
                throw StoreError(.step, "PRAGMA data_version returned no value")
            }
            return value
        }
    }
}
