import Synchronization

/// Idle `SourceReader`s, keyed by source id and data version, so a question does not reopen
/// the file nor rebuild the lexicon. At most `capacity` readers are kept; the least recently
/// used source's go first. A reader is taken out while in use (two concurrent questions on one
/// source use two readers) and put back afterwards.
final class SourceCache: Sendable {
    /// A source and the data version of its file.
    struct Key: Hashable, Sendable {
        let id: String
        let version: String
    }

    private struct State {
        var idle: [Key: [SourceReader]] = [:]
        /// Keys with idle readers, least recently used first.
        var order: [Key] = []
        var count = 0
    }

    /// The most idle readers kept (0: none).
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) { self.capacity = max(0, capacity) }

    /// An idle reader for `key`, taken out of the cache.
    func take(_ key: Key) -> SourceReader? {
        state.withLock { s in
            guard let reader = s.idle[key]?.popLast() else { return nil }
            s.count -= 1
            if s.idle[key]?.isEmpty == true {
                s.idle[key] = nil
                s.order.removeAll { $0 == key }
            }
            return reader
        }
    }

    /// Puts `reader` back as the most recently used, closing the least recently used readers
    /// beyond the capacity. Readers of an older version of the same source are dropped.
    func put(_ reader: SourceReader) {
        let key = reader.key
        state.withLock { s in
            guard capacity > 0 else { return }
            for old in s.order where old.id == key.id && old != key { Self.remove(old, from: &s) }
            s.idle[key, default: []].append(reader)
            s.count += 1
            s.order.removeAll { $0 == key }
            s.order.append(key)
            while s.count > capacity, let oldest = s.order.first { Self.remove(oldest, from: &s) }
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

    private static func remove(_ key: Key, from s: inout State) {
        s.count -= s.idle[key]?.count ?? 0
        s.idle[key] = nil
        s.order.removeAll { $0 == key }
    }
}
