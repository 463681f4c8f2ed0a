#if canImport(Generator)
    import ArgumentParser
    import Foundation
    import Generator

    /// `aiser validate [DIR]`: checks a project without writing any output (for CI).
    struct ValidateCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check every page, query, block and reference of a project without writing output.")

        @Argument(help: "The project folder (default: the current folder).")
        var project: String = "."

        func run() async throws {
            let options = BuildOptions(writeOutput: false)
            do {
                let report = try await Builder(project: URL(fileURLWithPath: project), options: options).build()
                print("OK: \(report.summary)")
            } catch let error as GeneratorError {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
#endif
