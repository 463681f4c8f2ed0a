import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle

/// One live-update stream (`text/event-stream`): the current drawing first (unless the page
/// already has it: `Last-Event-ID`), then a `render` event whenever a change alters it, a
/// heartbeat comment when idle, and a `close` event when the token expires, is revoked or the
/// resource is gone. Drawings are shared by every stream of the same scope (`EmbedDrawings`);
/// a write the reader does not take within `EmbedSettings.writeSeconds` ends the stream.
struct EmbedStream: Sendable {
    let backend: Backend
    let grant: EmbedGrant
    let lastEventID: String?

    /// The Server-Sent Events text of one event; each line of `data` is its own `data:` field.
    static func event(_ name: String, id: String? = nil, data: String) -> String {
        var out = "event: \(name)\n"
        if let id { out += "id: \(id)\n" }
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) { out += "data: \(line)\n" }
        return out + "\n"
    }

    func run(_ writer: inout any ResponseBodyWriter) async throws {
        let settings = backend.settings.embed
        var out = EmbedStreamWriter(writer: writer, deadline: settings.writeSeconds)
        guard backend.embedStreams.open(token: grant.tokenID, organization: grant.organizationID) else {
            try await out.send(Self.event("close", data: EmbedError.tooManyStreams.message))
            return
        }
        defer { backend.embedStreams.close(token: grant.tokenID, organization: grant.organizationID) }
        let inbox = EmbedInbox(organizationID: grant.organizationID, capacity: settings.streamBuffer)
        let subscription = backend.embedUpdates.subscribe(inbox)
        let scope = grant.scope
        backend.embedDrawings.hold(scope)
        defer {
            backend.embedDrawings.release(scope)
            backend.embedUpdates.unsubscribe(subscription)
            inbox.close()
        }
        guard let drawing = try await drawing(after: backend.embedUpdates.sequence) else {
            try await out.send(Self.event("close", data: EmbedError.notFound.message))
            return
        }
        var sent = lastEventID
        try await out.send("retry: 2000\n\n")
        if sent != drawing.view.version {
            try await out.send(drawing.event)
            sent = drawing.view.version
        }
        let heartbeat = settings.heartbeatSeconds
        let refresh = drawing.view.refreshInterval
        // A server shutting down ends its streams (the pages reconnect), so it does not wait on them.
        try await withGracefulShutdownHandler {
            try await follow(&out, view: drawing.view, sent: sent, heartbeat: heartbeat, refresh: refresh, inbox: inbox)
        } onGracefulShutdown: {
            inbox.close()
        }
    }

    /// The shared drawing of the grant's scope made after change number `sequence`; on an
    /// auto-refresh tick, one re-run on the current data within the last half interval.
    func drawing(after sequence: Int, refresh: Int? = nil) async throws -> EmbedDrawings.Drawing? {
        let now = backend.now()
        let scope = grant.scope
        let freshSince = refresh.map { now.addingTimeInterval(-Double($0) / 2) }
        return try await backend.embedDrawings.drawing(
            of: scope, after: sequence, current: backend.embedUpdates.sequence, freshSince: freshSince, now: now
        ) { [backend] in
            try await backend.embedView(of: scope, fresh: refresh != nil)
        }
    }

    /// Writes what the inbox brings until it closes, the token expires or is revoked, or the
    /// resource is gone.
    func follow(
        _ out: inout EmbedStreamWriter, view: EmbedView, sent: String?, heartbeat: Int, refresh: Int?,
        inbox: EmbedInbox
    ) async throws {
        var view = view, sent = sent
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await Self.repeatedly(every: heartbeat) { inbox.offer(.tick) } }
            if let refresh { group.addTask { await Self.repeatedly(every: refresh) { inbox.offer(.refresh) } } }
            defer { group.cancelAll() }
            for await signal in inbox.signals {
                let next: EmbedDrawings.Drawing?
                switch signal {
                case .tick:
                    if backend.now() >= grant.expiresAt {
                        try await out.send(Self.event("close", data: "expired"))
                        return
                    }
                    try await out.send(": heartbeat\n\n")
                    continue
                case .refresh:
                    next = try await drawing(after: 0, refresh: refresh ?? 60)
                case .change(let change):
                    if change.kind == .revoked(grant.resource, grant.resourceID) {
                        try await out.send(Self.event("close", data: "revoked"))
                        return
                    }
                    guard view.isAffected(by: change.kind, resource: grant.resource, id: grant.resourceID) else {
                        continue
                    }
                    next = try await drawing(after: change.sequence)
                }
                guard let next else {
                    try await out.send(Self.event("close", data: "gone"))
                    return
                }
                view = next.view
                if next.view.version != sent {
                    try await out.send(next.event)
                    sent = next.view.version
                }
            }
        }
    }

    /// Calls `body` every `seconds` until cancelled.
    static func repeatedly(every seconds: Int, _ body: @Sendable () -> Void) async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: .seconds(seconds)) } catch { return }
            body()
        }
    }
}
