import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals

/// `aiser dev`: builds a project into a private folder, serves it, rebuilds what changed when a
/// file changes, and makes open pages reload.
///
/// ```swift
/// let server = try await DevServer.make(options: DevOptions(project: URL(fileURLWithPath: "."))) { print($0) }
/// try await server.run()   // until Ctrl-C
/// ```
public struct DevServer: Sendable {
    /// The options, with the port actually used.
    public let options: DevOptions
    /// The HTTP server and the project watcher (tests run it in their own `ServiceGroup`).
    let application: Application<DevResponder>
    let state: DevState
    let logger: Logger

    /// Picks the port, runs the first build (a failed build still starts the server: the browser
    /// shows the error) and prepares the server. Throws `DevError` when there is no project
    /// folder, the host cannot be listened on, or no port is free.
    public static func make(
        options: DevOptions, logger: Logger = Self.quietLogger,
        onEvent: @escaping @Sendable (DevEvent) -> Void = { _ in }
    ) async throws -> DevServer {
        var options = options
        options.project = options.project.standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.project.path, isDirectory: &isFolder),
            isFolder.boolValue
        else { throw DevError("no project folder at \(options.project.path)") }
        guard (0...65535).contains(options.port) else { throw DevError("the port must be from 0 to 65535") }
        let asked = options.port
        let port = try PortProbe.available(host: options.host, from: asked, searching: options.nextFreePort)
        options.port = port
        let state = DevState()
        let builder = DevBuilder(options: options)
        let rebuilder = Rebuilder(builder: { await builder.build() }, state: state, onEvent: onEvent)
        let initial = ProjectSnapshot.scan(options.project)
        await rebuilder.build(after: [])
        let watcher = ProjectWatcher(
            project: options.project, interval: options.pollInterval, rebuilder: rebuilder, initial: initial)
        let host = options.host
        let busy = port == asked ? nil : asked
        let application = Application(
            responder: DevResponder(options: options, state: state),
            configuration: .init(address: .hostname(host, port: port), serverName: "aiser-dev"),
            services: [watcher],
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                onEvent(.listening(url: Self.url(host: host, port: bound), port: bound, busyPort: busy))
            },
            logger: logger)
        return DevServer(options: options, application: application, state: state, logger: logger)
    }

    /// Serves until SIGINT (Ctrl-C) or SIGTERM; open requests get 3 s to finish.
    public func run() async throws {
        var configuration = ServiceGroupConfiguration(
            services: [application], gracefulShutdownSignals: [.sigint, .sigterm], logger: logger)
        configuration.maximumGracefulShutdownDuration = .seconds(3)
        try await ServiceGroup(configuration: configuration).run()
    }

    /// `http://host:port/`, with an IPv6 host in brackets.
    static func url(host: String, port: Int) -> String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(port)/"
    }

    /// A logger that only reports warnings and worse (the events are the user-facing output).
    public static var quietLogger: Logger {
        var logger = Logger(label: "aiser.dev")
        logger.logLevel = .warning
        return logger
    }
}
