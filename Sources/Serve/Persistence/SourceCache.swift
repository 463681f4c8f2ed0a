import Synchronization

/// Idle `SourceReader`s, keyed by source id and data version, so a question does not reopen
/// the file nor rebuild the lexicon. At most `capacity` readers are kept, holding at most
/// `budget` bytes of memory between them (each reader's SQLite caches and NL vocabulary, as
/// measured when it is put back); the least recently used source's go first. A reader is taken
/// out while in use (two concurrent questions on one source use two readers) and put back
/// afterwards.
final class SourceCache: Sendable {
    /// A source and the data version of its file.
    struct Key: Hashable, Sendable {
        let id: String
        let version: String
    }

    private struct Idle {
        let reader: SourceReader
        let bytes: Int
    }

    private struct State {
        var idle: [Key: [Idle]] = [:]
        /// Keys with idle readers, least recently used first.
        var order: [Key] = []
        var count = 0
        var bytes = 0
    }

    /// The most idle readers kept (0: none).
    let capacity: Int
    /// The most memory the idle readers may hold, in bytes.
    let budget: Int
    private let state = Mutex(State())

    init(capacity: Int, budget: Int = .max) {
        self.capacity = max(0, capacity)
        self.budget = max(0, budget)
    }

    /// An idle reader for `key`, taken out of the cache.
    func take(_ key: Key) -> SourceReader? {
        state.withLock { s in
            guard let idle = s.idle[key]?.popLast() else { return nil }
            s.count -= 1
            s.bytes -= idle.bytes
            if s.idle[key]?.isEmpty == true {
                s.idle[key] = nil
                s.order.removeAll { $0 == key }
            }
            return idle.reader
        }
    }

    /// Puts `reader` back as the most recently used, closing the least recently used readers
    /// beyond the capacity or the budget (a reader larger than the whole budget is not kept).
    /// Readers of an older version of the same source are dropped.
    func put(_ reader: SourceReader) {
        let key = reader.key
        let bytes = reader.estimatedBytes
        state.withLock { s in
            guard capacity > 0, bytes <= budget else { return }
            for old in s.order where old.id == key.id && old != key { Self.remove(old, from: &s) }
            s.idle[key, default: []].append(Idle(reader: reader, bytes: bytes))
            s.count += 1
            s.bytes += bytes
            s.order.removeAll { $0 == key }
            s.order.append(key)
            while s.count > capacity || s.bytes > budget, let oldest = s.order.first { Self.remove(oldest, from: &s) }
        }
    }

    /// Drops every reader of source `id` (deleted, or its data changed).
    func forget(_ id: String) {
        state.withLock { s in
            for key in s.order where key.id == id { Self.remove(key, from: &s) }
        }
    }

    /// How many idle readers are kept, of source `id` or in all.
    func count(of id: String? = nil) -> Int {
        state.withLock { s in
            guard let id else { return s.count }
            return s.idle.filter { $0.key.id == id }.reduce(0) { $0 + $1.value.count }
        }
    }

    /// The memory the idle readers hold, as measured when each was put back (bytes).
    var bytes: Int { state.withLock { $0.bytes } }

    private static func remove(_ key: Key, from s: inout State) {
        for idle in s.idle[key] ?? [] { s.bytes -= idle.bytes }
        s.count -= s.idle[key]?.count ?? 0
        s.idle[key] = nil
        s.order.removeAll { $0 == key }
    }
}
