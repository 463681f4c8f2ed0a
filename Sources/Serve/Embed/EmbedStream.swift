import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle

/// One live-update stream (`text/event-stream`): the current drawing first (unless the page
/// already has it: `Last-Event-ID`), then a `render` event whenever a change alters it, a
/// heartbeat comment when idle, and a `close` event when the token expires, is revoked or the
/// resource is gone.
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
        guard backend.embedStreams.open(token: grant.tokenID, organization: grant.organizationID) else {
            try await writer.write(ByteBuffer(string: Self.event("close", data: EmbedError.tooManyStreams.message)))
            return
        }
        defer { backend.embedStreams.close(token: grant.tokenID, organization: grant.organizationID) }
        let inbox = EmbedInbox(organizationID: grant.organizationID, capacity: settings.streamBuffer)
        let subscription = backend.embedUpdates.subscribe(inbox)
        defer {
            backend.embedUpdates.unsubscribe(subscription)
            inbox.close()
        }
        guard let view = try await backend.embedView(of: grant) else {
            try await writer.write(ByteBuffer(string: Self.event("close", data: EmbedError.notFound.message)))
            return
        }
        var sent = lastEventID
        try await writer.write(ByteBuffer(string: "retry: 2000\n\n"))
        if sent != view.version {
            try await writer.write(ByteBuffer(string: Self.event("render", id: view.version, data: view.html)))
            sent = view.version
        }
        let heartbeat = settings.heartbeatSeconds
        let refresh = view.refreshInterval
        // A server shutting down ends its streams (the pages reconnect), so it does not wait on them.
        try await withGracefulShutdownHandler {
            try await follow(&writer, view: view, sent: sent, heartbeat: heartbeat, refresh: refresh, inbox: inbox)
        } onGracefulShutdown: {
            inbox.close()
        }
    }

    /// Writes what the inbox brings until it closes, the token expires or is revoked, or the
    /// resource is gone.
    func follow(
        _ writer: inout any ResponseBodyWriter, view: EmbedView, sent: String?, heartbeat: Int, refresh: Int?,
        inbox: EmbedInbox
    ) async throws {
        var view = view, sent = sent
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await Self.repeatedly(every: heartbeat) { inbox.offer(.tick) } }
            if let refresh { group.addTask { await Self.repeatedly(every: refresh) { inbox.offer(.refresh) } } }
            defer { group.cancelAll() }
            for await signal in inbox.signals {
                var fresh = false
                switch signal {
                case .tick:
                    if backend.now() >= grant.expiresAt {
                        try await writer.write(ByteBuffer(string: Self.event("close", data: "expired")))
                        return
                    }
                    try await writer.write(ByteBuffer(string: ": heartbeat\n\n"))
                    continue
                case .refresh:
                    fresh = true
                case .change(let change):
                    if change.kind == .revoked(grant.resource, grant.resourceID) {
                        try await writer.write(ByteBuffer(string: Self.event("close", data: "revoked")))
                        return
                    }
                    guard view.isAffected(by: change.kind, resource: grant.resource, id: grant.resourceID) else {
                        continue
                    }
                }
                guard let next = try await backend.embedView(of: grant, fresh: fresh) else {
                    try await writer.write(ByteBuffer(string: Self.event("close", data: "gone")))
                    return
                }
                view = next
                if next.version != sent {
                    try await writer.write(ByteBuffer(string: Self.event("render", id: next.version, data: next.html)))
                    sent = next.version
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
