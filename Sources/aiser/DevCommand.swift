#if canImport(Serve)
    import ArgumentParser
    import Engine
    import Foundation
    import Serve

    /// `aiser dev [DIR] [--port N] [--host H] [--pdf]`: live-reloading local preview of a project.
    struct DevCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dev",
            abstract: "Serve a dashboards project locally, rebuild what changed on every save, and reload the browser.")

        @Argument(help: "The project folder.")
        var project: String = "."

        @Option(help: "TCP port (default 3000, or the next free one when 3000 is busy; 0 for any free port).")
        var port: Int?

        @Option(help: "Address to listen on (0.0.0.0 shares the preview on your network).")
        var host: String = "127.0.0.1"

        @Flag(name: .long, help: "Also build each page's PDF (served next to the page as <page>.pdf).")
        var pdf = false

        func validate() throws {
            if let port, !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535.") }
            if host.isEmpty { throw ValidationError("--host must not be empty.") }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: project, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError(
                    "'\(project)' is not a folder; give the project folder (with aiser.yml and pages/).")
            }
        }

        func run() async throws {
            let options = DevOptions(
                project: URL(fileURLWithPath: project), host: host, port: port ?? 3000, nextFreePort: port == nil,
                pdf: pdf)
            do {
                let server = try await DevServer.make(options: options, onEvent: Self.show)
                try await server.run()
                print("Stopped.")
            } catch let error as DevError {
                FileHandle.standardError.write(Data("aiser dev: \(error)\n".utf8))
                throw ExitCode(2)
            }
        }

        /// One line per event, stamped with the local time; build errors go to standard error.
        @Sendable static func show(_ event: DevEvent) {
            let line = "[\(DateText.clock(Date()))] \(event)\n"
            if case .failed = event {
                FileHandle.standardError.write(Data(line.utf8))
            } else {
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        }
    }
#endif
