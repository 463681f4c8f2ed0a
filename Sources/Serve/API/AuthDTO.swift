/// `POST /auth/login` body.
struct LoginRequest: Decodable, Sendable {
    let email: String
    let password: String
}

/// `POST /auth/refresh` body (the token may instead come as `Authorization: Bearer`).
struct RefreshRequest: Decodable, Sendable {
    let refreshToken: String?
    enum CodingKeys: String, CodingKey { case refreshToken = "refresh_token" }
}

/// The answer to a login or a refresh.
struct TokenResponse: Encodable, Sendable {
    struct UserSummary: Encodable, Sendable {
        let id: String
        let email: String
        let username: String
        let role: Role
    }

    let accessToken: String
    let tokenType = "bearer"
    let expiresIn: Int
    let refreshToken: String
    let user: UserSummary?

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case tokenType = "token_type"
        case expiresIn = "expires_in"
        case refreshToken = "refresh_token"
        case user
    }
}

/// The answer to a logout.
struct LogoutResponse: Encodable, Sendable {
    let loggedOut = true
    enum CodingKeys: String, CodingKey { case loggedOut = "logged_out" }
}
