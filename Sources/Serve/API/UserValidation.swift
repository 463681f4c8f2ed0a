import Foundation

/// Field rules for users, shared by the API, the CLI and the OpenAPI document.
enum UserValidation {
    /// The email rule, also published as the schema's `pattern`.
    static let emailPattern = #"^[^@\s]+@[^@\s.][^@\s]*\.[^@\s]*[^@\s.]$"#
    static let emailMaxLength = 254
    static let passwordLength = 8...72
    static let usernameLength = 1...64

    static func isEmail(_ s: String) -> Bool {
        s.count <= emailMaxLength && s.range(of: emailPattern, options: .regularExpression) != nil
    }

    /// Why `password` is not acceptable, or nil.
    static func passwordProblem(_ password: String) -> String? {
        if password.contains("\u{0}") { return "must not contain NUL characters" }
        // Counted in Unicode scalars, as JSON Schema's minLength/maxLength count them.
        return passwordLength.contains(password.unicodeScalars.count)
            ? nil : "must be \(passwordLength.lowerBound) to \(passwordLength.upperBound) characters"
    }

    static func usernameProblem(_ name: String) -> String? {
        usernameLength.contains(name.count) ? nil : "must be 1 to 64 characters"
    }
}
