import Foundation
import Generator
import Logging
import ServiceLifecycle
import TestSupport

@testable import Serve

/// A dev server on a free port over a temporary copy of the `aiser init` starter (plus `extra`
/// files), run in its own service group; the events it reported are kept.
final class DevHarness: Sendable {
    let project: TemporaryDirectory
    let server: DevServer
    let port: Int
    private let events: EventLog
    private let group: ServiceGroup
    private let running: Task<Void, any Error>

    private init(
        project: TemporaryDirectory, server: DevServer, port: Int, events: EventLog, group: ServiceGroup,
        running: Task<Void, any Error>
    ) {
        self.project = project
        self.server = server
        self.port = port
        self.events = events
        self.group = group
        self.running = running
    }

    static func start(_ extra: [String: String] = [:], pdf: Bool = false) async throws -> DevHarness {
        let project = try TemporaryDirectory("aiser-dev")
        try FileManager.default.removeItem(at: project.url)
        try Starter.create(at: project.url)
        for (name, text) in extra { try project.write(name, text) }
        let recorded = EventLog()
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let options = DevOptions(
            project: project.url, port: 0, pdf: pdf, pollInterval: .milliseconds(100),
            longPollTimeout: .seconds(2))
        let server = try await DevServer.make(options: options) { event in
            recorded.append(event)
            if case .listening(_, let port, _) = event { continuation.yield(port) }
        }
        var logger = Logger(label: "aiser.dev.test")
        logger.logLevel = .critical
        let group = ServiceGroup(configuration: .init(services: [server.application], logger: logger))
        let running = Task {
            defer { continuation.finish() }  // a server that fails to start ends the wait below
            try await group.run()
        }
        var port = 0
        for await bound in ports {
            port = bound
            break
        }
        guard port > 0 else {
            project.remove()
            try await running.value
            throw DevError("the dev server stopped before listening")
        }
        return DevHarness(
            project: project, server: server, port: port, events: recorded, group: group, running: running)
    }

    /// Runs `body` against a started harness and stops it afterwards, also when `body` throws.
    static func run(
        _ extra: [String: String] = [:], pdf: Bool = false, _ body: (DevHarness) async throws -> Void
    ) async throws {
        let dev = try await start(extra, pdf: pdf)
        do {
            try await body(dev)
        } catch {
            await dev.stop()
            throw error
        }
        await dev.stop()
    }

    var recordedEvents: [DevEvent] { events.all }

    func get(_ path: String, method: String = "GET") async throws -> RawHTTP.Reply {
        try await RawHTTP.request(method, path, port: port)
    }

    /// `/__aiser/version` as JSON.
    func version(since: String? = nil) async throws -> [String: Any] {
        let reply = try await get("/__aiser/version" + (since.map { "?since=\($0)" } ?? ""))
        return (try JSONSerialization.jsonObject(with: reply.body) as? [String: Any]) ?? [:]
    }

    /// Long-polls until the version differs from `old` (at most `within`); the new state.
    func waitForChange(from old: String, within: Duration = .seconds(90)) async throws -> [String: Any] {
        let deadline = ContinuousClock.now + within
        while ContinuousClock.now < deadline {
            let state = try await version(since: old)
            if state["version"] as? String != old { return state }
        }
        return try await version()
    }

    func write(_ name: String, _ text: String) throws { try project.write(name, text) }

    func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await running.value
        project.remove()
    }
}
