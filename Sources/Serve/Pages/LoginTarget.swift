import Foundation

/// Where the login form sends the reader afterwards (`next`): only a path on this server, so a
/// link to `/login` can never forward a reader to another site (no scheme, no `//host`, no
/// backslash, no control characters, at most 2000 characters). Anything else becomes `/login`.
enum LoginTarget {
    static let fallback = "/login"

    static func validated(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), next.utf8.count <= 2000,
            !next.contains("\\"), !next.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F })
        else { return fallback }
        return next
    }

    /// `path` percent-encoded as a query value.
    static func percentEncoded(_ path: String) -> String {
        let allowed = CharacterSet(
            charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/_")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? fallback
    }
}
