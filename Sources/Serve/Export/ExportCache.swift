import Crypto
import Foundation
import Synchronization

/// Chart exports already made, keyed by everything that decides their bytes: the chart and its
/// version (bumped by every change), the data version of its source's file, the format and the
/// options. A repeated export of an unchanged chart is answered from here without asking its
/// question again; a chart update or a data replacement changes the key, so it is never stale.
/// Bounded by entries and bytes (`ExportLimits`), least recently used out first.
final class ExportCache: Sendable {
    /// What identifies one export.
    struct Key: Hashable, Sendable {
        let chartID: String
        let chartVersion: Int64
        let dataVersion: String
        let options: String

        /// The strong `ETag` of the export: a digest of the key, known before anything is drawn.
        var etag: String {
            let text = [chartID, String(chartVersion), dataVersion, options].joined(separator: "\n")
            return "\"" + SHA256.hash(data: Data(text.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
                + "\""
        }
    }

    /// A kept export: its bytes and the title its file name is made from.
    struct Entry: Sendable {
        let bytes: Data
        let title: String
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        /// Least recently used first.
        var order: [Key] = []
        var bytes = 0
    }

    let maximumEntries: Int
    let maximumBytes: Int
    private let state = Mutex(State())

    init(limits: ExportLimits) {
        maximumEntries = max(0, limits.cacheEntries)
        maximumBytes = max(0, limits.cacheBytes)
    }

    /// The export kept for `key`, now the most recently used.
    func entry(_ key: Key) -> Entry? {
        state.withLock { s in
            guard let entry = s.entries[key] else { return nil }
            s.order.removeAll { $0 == key }
            s.order.append(key)
            return entry
        }
    }

    /// Keeps `entry` (unless larger than a quarter of the byte budget), dropping the least
    /// recently used beyond the bounds, and older versions of the same chart.
    func keep(_ entry: Entry, for key: Key) {
        guard maximumEntries > 0, entry.bytes.count <= maximumBytes / 4 else { return }
        state.withLock { s in
            for old in s.order where old.chartID == key.chartID && old.options == key.options && old != key {
                Self.remove(old, from: &s)
            }
            Self.remove(key, from: &s)
            s.entries[key] = entry
            s.order.append(key)
            s.bytes += entry.bytes.count
            while s.order.count > maximumEntries || s.bytes > maximumBytes, let oldest = s.order.first {
                Self.remove(oldest, from: &s)
            }
        }
    }

    /// How many exports and bytes are kept.
    var size: (entries: Int, bytes: Int) { state.withLock { ($0.entries.count, $0.bytes) } }

    private static func remove(_ key: Key, from s: inout State) {
        guard let old = s.entries.removeValue(forKey: key) else { return }
        s.bytes -= old.bytes.count
        s.order.removeAll { $0 == key }
    }
}
