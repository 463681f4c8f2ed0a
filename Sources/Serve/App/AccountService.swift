import Foundation

/// Creating organizations and users, shared by the API, the admin bootstrap and
/// `aiser user create`.
struct AccountService: Sendable {
    let backend: Backend

    /// The organization called `name`, created when missing.
    func organization(named name: String) async throws -> OrganizationRecord {
        if let existing = try await backend.organizations.find(name: name) { return existing }
        let org = OrganizationRecord(
            id: RandomToken.id("org_"), name: name, domain: nil, plan: "free", status: "active",
            settings: OrganizationSettings(), createdAt: backend.epoch)
        try await backend.organizations.create(org)
        return org
    }

    /// Creates a user with a freshly hashed password.
    func createUser(
        email: String, username: String?, password: String, firstName: String? = nil, lastName: String? = nil,
        role: Role, platformAdmin: Bool, organizationID: String
    ) async throws -> UserRecord {
        let user = UserRecord(
            id: RandomToken.id("user_"), organizationID: organizationID, email: email.lowercased(),
            username: username ?? String(email.split(separator: "@").first ?? ""),
            passwordHash: try await backend.hasher.hash(password), firstName: firstName, lastName: lastName, role: role,
            isPlatformAdmin: platformAdmin, status: .active, preferences: Preferences(), createdAt: backend.epoch,
            lastLogin: nil)
        try await backend.users.create(user)
        return user
    }

    /// On a first start without users, creates the platform administrator from the settings
    /// (and a default organization). Returns the new user, if one was created.
    @discardableResult
    func bootstrapAdmin() async throws -> UserRecord? {
        guard let email = backend.settings.adminEmail, let password = backend.settings.adminPassword else { return nil }
        guard try await backend.users.isEmpty() else { return nil }
        if let problem = UserValidation.passwordProblem(password) {
            throw SettingsError("AISER_ADMIN_PASSWORD \(problem).")
        }
        guard UserValidation.isEmail(email) else { throw SettingsError("AISER_ADMIN_EMAIL is not an email address.") }
        let org = try await organization(named: "Default")
        return try await createUser(
            email: email, username: nil, password: password, role: .admin, platformAdmin: true, organizationID: org.id)
    }
}
