#if canImport(Generator)
    import ArgumentParser
    import Foundation
    import Generator

    /// `aiser init DIR`: writes a working starter project with sample data.
    struct InitCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init", abstract: "Create a starter dashboards project with sample data.")

        @Argument(help: "The folder to create (it must not exist or be empty).")
        var directory: String

        func run() async throws {
            do {
                let files = try Starter.create(at: URL(fileURLWithPath: directory))
                print("Created \(directory) (\(files.count) files). Next: aiser build \(directory)")
            } catch let error as GeneratorError {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
#endif
