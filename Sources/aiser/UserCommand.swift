#if canImport(Serve)
    import ArgumentParser
    import Foundation
    import Serve

    /// `aiser user`: account administration on the server's data directory.
    struct UserCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "user", abstract: "Manage server accounts.", subcommands: [Create.self])

        /// `aiser user create`.
        struct Create: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Create a user (with --admin: a platform administrator).")

            @Option(help: "Email address (the login name).")
            var email: String

            @Option(help: "Password, 8–72 characters; read from standard input when omitted.")
            var password: String?

            @Option(help: "Organization name; created when missing.")
            var organization = "Default"

            @Option(help: "Role in the organization: admin, user or viewer.")
            var role = "user"

            @Flag(help: "Make the user a platform administrator (role admin).")
            var admin = false

            @Option(name: .customLong("data-dir"), help: ArgumentHelp(Setting.help("AISER_DATA_DIR")))
            var dataDirectory: String?

            func validate() throws {
                if !["admin", "user", "viewer"].contains(role) {
                    throw ValidationError("--role must be admin, user or viewer.")
                }
            }

            func run() async throws {
                let password = self.password ?? readLine(strippingNewline: true) ?? ""
                do {
                    var settings = try ServerSettings(environment: ProcessInfo.processInfo.environment)
                    if let dataDirectory { settings.dataDirectory = dataDirectory }
                    let id = try await UserAdministration.createUser(
                        settings: settings, email: email, password: password, organization: organization,
                        role: admin ? "admin" : role, platformAdmin: admin)
                    print(id)
                } catch let error as SettingsError {
                    FileHandle.standardError.write(Data("aiser user create: \(error.description)\n".utf8))
                    throw ExitCode(1)
                }
            }
        }
    }
#endif
