import Engine
import Foundation

/// Decides the token signing secret: `AISER_SECRET`, or in development one generated once and
/// kept in the data directory (mode 0600). Production refuses missing, short or well-known ones.
enum SecretProvider {
    static let minimumBytes = 32
    static let fileName = "secret.key"

    /// Secrets that appear in docs and examples, never acceptable in production.
    static let wellKnown: Set<String> = [
        "secret", "changeme", "change-me", "password", "your-secret-key", "your_secret_key", "supersecret",
        "development", "test", "aiser", "example", "my-secret",
        "change-me-to-a-long-random-string-of-32-bytes-or-more",
        "this-is-a-development-secret-change-me-000",
    ]

    static func secret(for settings: ServerSettings) throws -> String {
        if let secret = settings.secret {
            if let problem = weakness(of: secret) {
                if settings.mode == .production {
                    throw SettingsError("AISER_SECRET \(problem); refusing to start in production.")
                }
            }
            return secret
        }
        if settings.mode == .production {
            throw SettingsError("AISER_SECRET is not set; refusing to start in production.")
        }
        return try storedSecret(in: URL(fileURLWithPath: settings.dataDirectory))
    }

    /// Why `secret` is unacceptable in production, or nil when it is fine.
    static func weakness(of secret: String) -> String? {
        if wellKnown.contains(secret.lowercased()) { return "is a well-known example value" }
        if secret.utf8.count < minimumBytes { return "is shorter than \(minimumBytes) bytes" }
        if Set(secret).count < 6 { return "has too few distinct characters" }
        return nil
    }

    /// The generated development secret, created on first use.
    static func storedSecret(in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(fileName)
        let fm = FileManager.default
        if let data = fm.contents(atPath: url.path), let text = String(data: data, encoding: .utf8),
            text.utf8.count >= minimumBytes
        {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let secret = RandomToken.bytes(48).hexString
        guard fm.createFile(atPath: url.path, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600])
        else { throw SettingsError("Cannot write the generated secret into the data directory.") }
        return secret
    }
}
