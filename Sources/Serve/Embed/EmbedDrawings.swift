import Foundation
import NIOCore
import Synchronization

/// The drawings of open live-update streams, shared: one per `EmbedScope`, drawn once per
/// change however many streams show it, and the same `render` event bytes written to each.
///
/// A stream that receives change number `n` asks for a drawing made after `n`: the scope's
/// drawing in progress (or done) is reused when it started once change `n` was published,
/// otherwise a new one starts and later askers share it. Auto-refresh ticks share a fresh
/// drawing started within the last half interval. Entries live while a stream holds them.
final class EmbedDrawings: Sendable {
    /// One drawing of a scope: the view and its Server-Sent Events `render` event.
    struct Drawing: Sendable {
        let view: EmbedView
        let event: ByteBuffer

        init(_ view: EmbedView) {
            self.view = view
            event = ByteBuffer(string: EmbedStream.event("render", id: view.version, data: view.html))
        }
    }

    private struct Entry {
        var holders = 0
        /// The change sequence published when the current drawing started (-1: none).
        var sequence = -1
        var fresh = false
        var started = Date.distantPast
        var task: Task<Drawing?, any Error>?
    }

    private let entries = Mutex([EmbedScope: Entry]())
    private let made = Atomic<Int>(0)

    /// Drawings made so far (each one a query run and an SVG drawn per chart).
    var count: Int { made.load(ordering: .relaxed) }

    /// Scopes held by open streams.
    var scopes: Int { entries.withLock { $0.count } }

    /// Keeps `scope`'s drawing while a stream shows it.
    func hold(_ scope: EmbedScope) {
        entries.withLock { $0[scope, default: Entry()].holders += 1 }
    }

    /// Lets `scope`'s drawing go when no stream shows it.
    func release(_ scope: EmbedScope) {
        entries.withLock { entries in
            guard var entry = entries[scope] else { return }
            entry.holders -= 1
            entries[scope] = entry.holders > 0 ? entry : nil
        }
    }

    /// The drawing of `scope` reflecting every change up to number `sequence` (and, when
    /// `freshSince` is set, re-run on the current data since then). `current` is the sequence
    /// published now; `draw` makes a drawing when none can be shared.
    func drawing(
        of scope: EmbedScope, after sequence: Int, current: Int, freshSince: Date? = nil, now: Date,
        draw: @escaping @Sendable () async throws -> EmbedView?
    ) async throws -> Drawing? {
        let task: Task<Drawing?, any Error> = entries.withLock { entries in
            var entry = entries[scope, default: Entry()]
            if let task = entry.task, entry.sequence >= sequence,
                freshSince.map({ entry.fresh && entry.started >= $0 }) ?? true
            {
                return task
            }
            let task = Task {
                self.made.add(1, ordering: .relaxed)
                return try await draw().map(Drawing.init)
            }
            entry.task = task
            entry.sequence = current
            entry.fresh = freshSince != nil
            entry.started = now
            entries[scope] = entry
            return task
        }
        do {
            return try await task.value
        } catch {
            // A failed drawing is not shared with later askers.
            entries.withLock { entries in
                if var entry = entries[scope], entry.task == task {
                    entry.task = nil
                    entry.sequence = -1
                    entries[scope] = entry
                }
            }
            throw error
        }
    }
}
