#if canImport(Generator)
    import ArgumentParser
    import Foundation
    import Generator

    /// `aiser build [DIR] [--out DIR] [--no-cache] [--pdf] [--no-columnar]`: compiles a dashboards project into a static site.
    struct BuildCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Compile a dashboards project into self-contained HTML pages with CSV/JSON exports.")

        @Argument(help: "The project folder (default: the current folder).")
        var project: String = "."

        @Option(name: .long, help: "Where to write the site (default: PROJECT/out).")
        var out: String?

        @Flag(name: .long, help: "Ignore the query cache and run every query again.")
        var noCache = false

        @Flag(name: .long, help: "Also write each page as a paginated vector PDF next to its HTML (OUT/<page>.pdf).")
        var pdf = false

        @Flag(name: .long, help: "Run every query on SQLite instead of the in-memory columnar engine (same results).")
        var noColumnar = false

        /// `page 12/40` on the terminal, rewritten in place.
        @Sendable static func showProgress(done: Int, total: Int) {
            guard total >= 10 else { return }
            FileHandle.standardError.write(Data("\r  page \(done)/\(total)\u{1B}[K".utf8))
        }

        func run() async throws {
            let terminal = isatty(STDERR_FILENO) != 0
            let progress: (@Sendable (Int, Int) -> Void)? = terminal ? Self.showProgress : nil
            let options = BuildOptions(
                output: out.map { URL(fileURLWithPath: $0) }, useCache: !noCache, pdf: pdf, columnar: !noColumnar,
                progress: progress)
            do {
                let report = try await Builder(project: URL(fileURLWithPath: project), options: options).build()
                if terminal && report.pages >= 10 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                let engines = report.engines.isEmpty ? "" : " (queries: \(report.engines))"
                print("Built \(report.summary) → \(report.output?.path ?? "")\(engines)")
            } catch let error as GeneratorError {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
#endif

#if canImport(Generator)
    extension Aiser {
        /// The dashboards-as-code subcommands (absent in an Engine-only build).
        static let generatorCommands: [any ParsableCommand.Type] = [
            BuildCommand.self, ValidateCommand.self, InitCommand.self,
        ]
    }
#else
    import ArgumentParser

    extension Aiser {
        static let generatorCommands: [any ParsableCommand.Type] = []
    }
#endif
