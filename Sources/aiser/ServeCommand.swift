#if canImport(Serve)
    import ArgumentParser
    import Foundation
    import Serve

    /// `aiser serve`: the REST API server.
    struct ServeCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Run the REST API server (settings also come from AISER_* environment variables).")

        @Option(help: ArgumentHelp(Setting.help("AISER_HOST")))
        var host: String?

        @Option(help: ArgumentHelp(Setting.help("AISER_PORT")))
        var port: Int?

        @Option(name: .customLong("data-dir"), help: ArgumentHelp(Setting.help("AISER_DATA_DIR")))
        var dataDirectory: String?

        @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
        var logLevel: String?

        func validate() throws {
            if let port, !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535.") }
        }

        func run() async throws {
            do {
                var settings = try ServerSettings(environment: ProcessInfo.processInfo.environment)
                if let host { settings.host = host }
                if let port { settings.port = port }
                if let dataDirectory { settings.dataDirectory = dataDirectory }
                let host = settings.host
                let server = try await AiserServer.make(settings: settings, logLevel: logLevel) { port in
                    print("aiser serve: listening on http://\(host):\(port)")
                    fflush(nil)
                }
                try await server.run()
            } catch let error as SettingsError {
                FileHandle.standardError.write(Data("aiser serve: \(error.description)\n".utf8))
                throw ExitCode(2)
            }
        }
    }

    /// The subcommands this build of the CLI adds for the server.
    let serverSubcommands: [any ParsableCommand.Type] = [ServeCommand.self, DevCommand.self, UserCommand.self]
#else
    import ArgumentParser

    /// This build has no server module.
    let serverSubcommands: [any ParsableCommand.Type] = []
#endif
