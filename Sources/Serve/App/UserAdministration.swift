import Foundation
import Logging

/// Account administration without the HTTP server (`aiser user create`).
public enum UserAdministration {
    /// Creates a user (an `admin` platform administrator with `platformAdmin`) in the
    /// organization called `organization`, creating it when missing. Returns the user id.
    public static func createUser(
        settings: ServerSettings, email: String, password: String, organization: String, role: String,
        platformAdmin: Bool
    ) async throws -> String {
        guard UserValidation.isEmail(email) else { throw SettingsError("\(email) is not an email address.") }
        if let problem = UserValidation.passwordProblem(password) { throw SettingsError("The password \(problem).") }
        guard let role = Role(rawValue: role) else { throw SettingsError("The role must be admin, user or viewer.") }
        let backend = try await Backend.open(settings: settings, logger: Logger(label: "aiser.user"), now: { Date() })
        defer { backend.metadata.close() }
        let accounts = AccountService(backend: backend)
        let org = try await accounts.organization(named: organization)
        do {
            return try await accounts.createUser(
                email: email, username: nil, password: password, role: role, platformAdmin: platformAdmin,
                organizationID: org.id
            ).id
        } catch let error as APIError {
            throw SettingsError(error.message)
        }
    }
}
