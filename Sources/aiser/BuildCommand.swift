#if canImport(Generator)
import ArgumentParser
import Foundation
import Generator

/// `aiser build [DIR] [--out DIR]`: compiles a dashboards project into a static site.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Compile a dashboards project into self-contained HTML pages with CSV/JSON exports.")

    @Argument(help: "The project folder (default: the current folder).")
    var project: String = "."

    @Option(name: .long, help: "Where to write the site (default: PROJECT/out).")
    var out: String?

    @Flag(name: .long, help: "Ignore the query cache and run every query again.")
    var noCache = false

    func run() async throws {
        let options = BuildOptions(
            output: out.map { URL(fileURLWithPath: $0) }, useCache: !noCache)
        do {
            let report = try await Builder(project: URL(fileURLWithPath: project), options: options).build()
            print("Built \(report.summary) → \(report.output?.path ?? "")")
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
