/// `POST /users` body.
struct CreateUserRequest: Decodable, Sendable {
    let email: String
    let username: String?
    let password: String
    let firstName: String?
    let lastName: String?
    let role: Role?
    /// Organization id or name; platform administrators only (others create in their own).
    let organization: String?

    enum CodingKeys: String, CodingKey {
        case email, username, password
        case firstName = "first_name"
        case lastName = "last_name"
        case role, organization
    }

    func validate() throws {
        var problems: [String: String] = [:]
        if !UserValidation.isEmail(email) { problems["email"] = "Must be an email address." }
        if let p = UserValidation.passwordProblem(password) { problems["password"] = "Password \(p)." }
        if let u = username, let p = UserValidation.usernameProblem(u) { problems["username"] = "Username \(p)." }
        if (firstName?.count ?? 0) > 100 { problems["first_name"] = "At most 100 characters." }
        if (lastName?.count ?? 0) > 100 { problems["last_name"] = "At most 100 characters." }
        if !problems.isEmpty { throw APIError.validation(problems) }
    }
}

/// `PUT /users/{user_id}` body; every field optional.
struct UpdateUserRequest: Decodable, Sendable {
    struct PreferencesPatch: Decodable, Sendable {
        let theme: String?
        let language: String?
        let timezone: String?
    }

    let username: String?
    let firstName: String?
    let lastName: String?
    let password: String?
    let role: Role?
    let status: UserRecord.Status?
    let preferences: PreferencesPatch?

    enum CodingKeys: String, CodingKey {
        case username
        case firstName = "first_name"
        case lastName = "last_name"
        case password, role, status, preferences
    }

    func validate() throws {
        var problems: [String: String] = [:]
        if let p = password, let problem = UserValidation.passwordProblem(p) {
            problems["password"] = "Password \(problem)."
        }
        if let u = username, let p = UserValidation.usernameProblem(u) { problems["username"] = "Username \(p)." }
        if (firstName?.count ?? 0) > 100 { problems["first_name"] = "At most 100 characters." }
        if (lastName?.count ?? 0) > 100 { problems["last_name"] = "At most 100 characters." }
        if let t = preferences?.theme, !["light", "dark"].contains(t) {
            problems["preferences.theme"] = "Must be light or dark."
        }
        if let l = preferences?.language, l.isEmpty || l.count > 16 {
            problems["preferences.language"] = "1 to 16 characters."
        }
        if let z = preferences?.timezone, z.isEmpty || z.count > 64 {
            problems["preferences.timezone"] = "1 to 64 characters."
        }
        if !problems.isEmpty { throw APIError.validation(problems) }
    }
}
